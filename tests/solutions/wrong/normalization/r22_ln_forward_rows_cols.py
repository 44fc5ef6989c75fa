"""normalization.layernorm_forward: standardises over axis 0 like the BatchNormalization layer it was copied from, and keeps inv_std as (D,)."""

import numpy as np


def layernorm_forward(X, gamma, beta, eps=EPS):
    mu = X.mean(axis=0)
    xc = X - mu
    std = np.sqrt(np.mean(xc ** 2, axis=0) + eps)
    xn = xc / std
    return gamma * xn + beta, {"x_hat": xn, "inv_std": 1.0 / std, "gamma": gamma}
