"""softmax.softmax_jacobian: right: s_i (delta_ij - s_j) built as s[:, None] * (I - s[None, :]), the docstring's own form, for one example or a batch"""

import numpy as np


def softmax_jacobian(Z):
    """J = s_i (delta_ij - s_j): rows scaled by s_i, the identity minus s as a row."""
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
    S = E / np.sum(E, axis=-1, keepdims=True)
    K = Z.shape[-1]
    return S[..., :, None] * (np.eye(K) - S[..., None, :])
