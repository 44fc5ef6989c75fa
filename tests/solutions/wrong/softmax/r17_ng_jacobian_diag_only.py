"""softmax.softmax_jacobian: Returns diag(s (1 - s)) only: the elementwise derivative, missing every off-diagonal -s_i s_j.

Habit: deeplearning.ai's activation derivatives are elementwise (sigmoid_backward), carried over to softmax.
"""

import numpy as np


def softmax_jacobian(Z):
    Z = np.asarray(Z, dtype=np.float64)
    e = np.exp(Z - Z.max(axis=-1, keepdims=True))
    s = e / e.sum(axis=-1, keepdims=True)
    return (s * (1 - s))[..., None] * np.eye(Z.shape[-1])
