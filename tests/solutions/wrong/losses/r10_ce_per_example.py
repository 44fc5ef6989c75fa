"""losses.cross_entropy_with_logits: returns the N per-example losses, not their mean"""

import numpy as np

def cross_entropy_with_logits(Z, Y):
    return -np.sum(Y * _log_softmax(Z), axis=1)
