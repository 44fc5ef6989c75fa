"""softmax.log_softmax: computes the log-sum-exp in float32 (np.float32 cast "for speed"), so float64 logits come back float32 and off by ~1e-7 relative"""
import numpy as np


def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float32)
    S = Z - Z.max(axis=-1, keepdims=True)
    return S - np.log(np.exp(S).sum(axis=-1, keepdims=True))
