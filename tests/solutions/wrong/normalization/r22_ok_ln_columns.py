"""normalization.layernorm_forward: right: standardises the transposed matrix column-wise (Rashid-style columns) and transposes back; same out and cache, inv_std (N, 1)."""

import numpy as np


def layernorm_forward(X, gamma, beta, eps=EPS):
    cols = np.asarray(X).T
    mu = cols.mean(axis=0)
    var = cols.var(axis=0)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = ((cols - mu) * inv_std).T
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std.reshape(-1, 1), "gamma": gamma}
