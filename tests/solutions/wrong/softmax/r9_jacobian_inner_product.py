"""softmax.softmax_jacobian: s s^T written s @ s, which for a vector is the scalar sum of squares."""

import numpy as np


def softmax_jacobian(Z):
    s = softmax(Z)
    if s.ndim == 1:
        return np.diag(s) - s @ s
    eye = np.eye(s.shape[-1])
    return s[:, :, None] * eye - np.einsum("nk,nk->n", s, s)[:, None, None]
