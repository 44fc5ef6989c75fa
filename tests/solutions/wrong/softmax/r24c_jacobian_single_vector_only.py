"""softmax.softmax_jacobian: np.diag(s) - np.outer(s, s) works only for one vector z (K,); a batch (N, K) gives a wrong (N*K, N*K) result."""

import numpy as np


def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    s = E / E.sum(axis=-1, keepdims=True)
    return np.diag(s) - np.outer(s, s)
