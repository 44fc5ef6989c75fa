"""layers.dense_forward: Right: computed the features-first way Z^T = W^T A^T + b[:, None] and transposed back to (N, n_out)."""

import numpy as np


def dense_forward(A, W, b):
    Zt = W.T @ A.T + np.reshape(b, (-1, 1))
    return Zt.T, (A, W, b)
