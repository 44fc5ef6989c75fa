"""losses.cross_entropy_with_logits: log-softmax as (z - m) + log sum exp(z - m), the log of the softmax's denominator added instead of subtracted (the mutant cross_entropy_with_logits#49)"""

import numpy as np

def cross_entropy_with_logits(Z, Y):
    shifted = Z - Z.max(axis=1, keepdims=True)
    log_p = shifted + np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-np.sum(Y * log_p) / Z.shape[0])
