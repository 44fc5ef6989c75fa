"""normalization.layernorm_forward: Right: batch norm's column code applied to X.T (features as rows), transposed back; inv_std reshaped to (N, 1)."""

import numpy as np


def layernorm_forward(X, gamma, beta, eps=1e-5):
    Xt = np.asarray(X, dtype=np.float64).T
    mu, var = Xt.mean(axis=0), Xt.var(axis=0)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = ((Xt - mu) * inv_std).T
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std[:, None], "gamma": gamma}
