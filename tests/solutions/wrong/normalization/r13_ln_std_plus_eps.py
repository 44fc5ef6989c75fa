"""normalization.layernorm_forward: divides by std + eps instead of sqrt(var + eps): off when a row's variance is small"""
import numpy as np


def layernorm_forward(X, gamma, beta, eps=1e-5):
    mu = X.mean(1, keepdims=True)
    inv_std = 1.0 / (X.std(1, keepdims=True) + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
