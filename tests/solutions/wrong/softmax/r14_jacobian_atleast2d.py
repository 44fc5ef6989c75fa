"""softmax.softmax_jacobian: works on np.atleast_2d(Z) and never drops the batch axis again, so a single z (K,) gives (1, K, K)"""
import numpy as np


def softmax_jacobian(Z):
    Z = np.atleast_2d(Z)
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    S = E / E.sum(axis=1, keepdims=True)
    return S[:, :, None] * np.eye(S.shape[1]) - S[:, :, None] * S[:, None, :]
