"""normalization.layernorm_backward: sums dgamma and dbeta over each example's features (axis 1, giving (N,)) instead of over the batch (axis 0, (D,))"""
import numpy as np


def layernorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = dout * gamma
    dX = (g - g.mean(axis=1, keepdims=True) - x_hat * (g * x_hat).mean(axis=1, keepdims=True)) * inv_std
    return dX, (dout * x_hat).sum(axis=1), dout.sum(axis=1)
