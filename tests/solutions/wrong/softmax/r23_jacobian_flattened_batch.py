"""softmax.softmax_jacobian: a batch is flattened and diag(p) - p p^T built over all N*K entries: (NK, NK) with cross-example blocks instead of (N, K, K)"""

import numpy as np


def softmax_jacobian(Z):
    """MML: one Jacobian of the vector-valued map, vec(S) against vec(Z), every example mixed in."""
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
    p = (E / np.sum(E, axis=-1, keepdims=True)).ravel()
    return np.diag(p) - np.outer(p, p)
