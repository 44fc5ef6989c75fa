"""softmax.softmax_jacobian: np.diag(s) - np.outer(s, s), right for one z (K,) but wrong for a batch (N, K)"""
import numpy as np


def softmax_jacobian(Z):
    E = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
    s = E / E.sum(axis=-1, keepdims=True)
    return np.diag(s) - np.outer(s, s)
