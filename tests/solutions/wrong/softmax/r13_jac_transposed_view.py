"""softmax.softmax_jacobian: RIGHT: builds J^T (s_j delta_ij - s_i s_j, indices swapped) and returns its transposed view, J itself since J is symmetric"""
import numpy as np


def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    s = E / E.sum(axis=-1, keepdims=True)
    Jt = s[..., None, :] * np.eye(s.shape[-1]) - s[..., None, :] * s[..., :, None]
    return np.swapaxes(Jt, -1, -2)
