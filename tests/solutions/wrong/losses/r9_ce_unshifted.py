"""losses.cross_entropy_with_logits: log-sum-exp without the max shift: inf/NaN for logits of 1e4."""

import numpy as np

def cross_entropy_with_logits(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    logp = Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))
    return float(-np.sum(Y * logp) / Z.shape[0])
