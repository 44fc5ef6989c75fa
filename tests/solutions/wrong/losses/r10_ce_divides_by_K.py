"""losses.cross_entropy_with_logits: averaged over the K classes instead of the N examples"""

import numpy as np

def cross_entropy_with_logits(Z, Y):
    return float(-np.sum(Y * _log_softmax(Z)) / Z.shape[1])
