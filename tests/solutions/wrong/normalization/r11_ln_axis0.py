"""normalization.layernorm_forward: statistics over axis 0 (per feature, like batch norm) instead of per example"""
import numpy as np


def layernorm_forward(X, gamma, beta, eps=1e-5):
    mu = X.mean(0, keepdims=True)
    inv_std = 1.0 / np.sqrt(X.var(0, keepdims=True) + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
