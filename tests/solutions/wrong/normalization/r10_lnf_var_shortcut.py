"""normalization.layernorm_forward: per-row variance as mean(x^2) - mean(x)^2: catastrophic cancellation (even a negative variance) for rows with a large mean"""

import numpy as np


def layernorm_forward(X, gamma, beta, eps=EPS):
    mu = X.mean(axis=1, keepdims=True)
    var = np.mean(X ** 2, axis=1, keepdims=True) - mu ** 2
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
