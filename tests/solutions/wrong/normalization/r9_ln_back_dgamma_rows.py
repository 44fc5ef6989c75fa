"""normalization.layernorm_backward: dgamma and dbeta summed over axis 1 (per example) instead of over the batch."""

import numpy as np


def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache["x_hat"], cache["gamma"], cache["inv_std"]
    g = dout * gamma
    dX = (g - g.mean(axis=1, keepdims=True) - x_hat * (g * x_hat).mean(axis=1, keepdims=True)) * inv_std
    return dX, np.sum(dout * x_hat, axis=1), np.sum(dout, axis=1)
