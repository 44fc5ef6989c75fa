"""normalization.layernorm_forward: centres the caller's X in place (X -= mu) before scaling: values right, the input is changed"""
import numpy as np


def layernorm_forward(X, gamma, beta, eps=1e-5):
    X -= X.mean(1, keepdims=True)
    inv_std = 1.0 / np.sqrt((X ** 2).mean(1, keepdims=True) + eps)
    x_hat = X * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
