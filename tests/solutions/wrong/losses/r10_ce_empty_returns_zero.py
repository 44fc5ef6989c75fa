"""losses.cross_entropy_with_logits: an empty batch returns 0.0 instead of NaN (the mean of no examples)"""

import numpy as np

def cross_entropy_with_logits(Z, Y):
    N = Z.shape[0]
    if N == 0:
        return 0.0
    return float(-np.sum(Y * _log_softmax(Z)) / N)
