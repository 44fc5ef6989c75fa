"""softmax.softmax_jacobian: squeezes its input, so a batch of one (1, K) gets a (K, K) Jacobian instead of (1, K, K)"""
import numpy as np


def softmax_jacobian(Z):
    Z = np.squeeze(np.asarray(Z, dtype=float))
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    s = E / E.sum(axis=-1, keepdims=True)
    return s[..., :, None] * np.eye(s.shape[-1]) - s[..., :, None] * s[..., None, :]
