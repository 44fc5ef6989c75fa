"""softmax.softmax_jacobian: Forms s s^T as np.dot(s, s.T) on a 1-D s: that is the scalar s.s, so J = diag(s) - |s|^2 everywhere.

Habit: deeplearning.ai's np.dot(a, b.T) on (n, 1) columns, used on a 1-D slice where .T does nothing.
"""

import numpy as np


def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    rows = Z.reshape(1, -1) if Z.ndim == 1 else Z
    e = np.exp(rows - rows.max(axis=1, keepdims=True))
    S = e / e.sum(axis=1, keepdims=True)
    J = np.stack([np.diagflat(s) - np.dot(s, s.T) for s in S]) if len(S) else np.zeros((0,) + rows.shape[1:] * 2)
    return J[0] if Z.ndim == 1 else J
