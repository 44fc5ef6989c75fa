"""normalization.layernorm_forward: right, Hagan's column habit: statistics over axis 0 of X.T, transposed back (inv_std kept (N, 1))"""
import numpy as np


def layernorm_forward(X, gamma, beta, eps=EPS):
    P = X.T  # one example per column
    mu = P.mean(axis=0)
    inv_std = 1.0 / np.sqrt(P.var(axis=0) + eps)
    x_hat = ((P - mu) * inv_std).T
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std[:, None], "gamma": gamma}
