"""normalization.layernorm_forward: cache["inv_std"] holds sqrt(var + eps), the standard deviation, not its inverse"""

import numpy as np


def layernorm_forward(X, gamma, beta, eps=EPS):
    mu, var = X.mean(axis=1, keepdims=True), X.var(axis=1, keepdims=True)
    std = np.sqrt(var + eps)
    x_hat = (X - mu) / std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": std, "gamma": gamma}
