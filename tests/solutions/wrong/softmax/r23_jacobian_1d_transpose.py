"""softmax.softmax_jacobian: diag(p) - p @ p.T with a 1-D p: .T does nothing, so p p^T becomes the scalar sum(p^2) subtracted from every entry"""

import numpy as np


def softmax_jacobian(Z):
    """MML's diag(p) - p p^T typed with NumPy 1-D vectors (p.T is p, p @ p.T a number)."""
    Z = np.asarray(Z, dtype=np.float64)

    def one(z):
        e = np.exp(z - np.max(z))
        p = e / np.sum(e)
        return np.diag(p) - p @ p.T

    if Z.ndim == 1:
        return one(Z)
    return np.stack([one(z) for z in Z])
