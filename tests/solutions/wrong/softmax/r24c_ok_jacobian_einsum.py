"""softmax.softmax_jacobian: Right: diag(s) - s s^T built with einsum over any leading batch axes."""

import numpy as np


def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    s = E / E.sum(axis=-1, keepdims=True)
    eye = np.eye(s.shape[-1])
    return np.einsum("...i,ij->...ij", s, eye) - np.einsum("...i,...j->...ij", s, s)
