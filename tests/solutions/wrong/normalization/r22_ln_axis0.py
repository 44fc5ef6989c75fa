"""normalization.layernorm_backward: copies batch norm's backward, taking the means over axis 0 (the batch) instead of each row's features."""

import numpy as np


def layernorm_backward(dout, cache):
    xn, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = gamma * dout
    dx = (g - g.mean(axis=0) - xn * (g * xn).mean(axis=0)) * inv_std
    return dx, np.sum(dout * xn, axis=0), dout.sum(axis=0)
