"""normalization.layernorm_forward: variance by the one-pass shortcut mean(x^2) - mean(x)^2: catastrophic cancellation on rows with a large offset"""
import numpy as np


def layernorm_forward(X, gamma, beta, eps=1e-5):
    mu = X.mean(axis=1, keepdims=True)
    var = (X * X).mean(axis=1, keepdims=True) - mu * mu
    inv_std = 1.0 / np.sqrt(np.maximum(var, 0.0) + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
