"""normalization.layernorm_forward: 1 / sqrt(var + eps**2): eps squared, as if it were added to the std."""

import numpy as np


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    mu = X.mean(axis=1, keepdims=True)
    var = X.var(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps ** 2)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
