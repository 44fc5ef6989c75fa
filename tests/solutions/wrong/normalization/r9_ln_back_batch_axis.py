"""normalization.layernorm_backward: the means of the standardisation backward taken over axis 0 (batch norm's) instead of each row's features."""

import numpy as np


def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache["x_hat"], cache["gamma"], cache["inv_std"]
    g = dout * gamma
    dX = (g - g.mean(axis=0, keepdims=True) - x_hat * (g * x_hat).mean(axis=0, keepdims=True)) * inv_std
    return dX, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
