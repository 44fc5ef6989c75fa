"""normalization.layernorm_backward: the standardisation backward applied to dout itself, not to dout * gamma"""
import numpy as np


def layernorm_backward(dout, cache):
    x_hat = cache["x_hat"]
    dX = (dout - dout.mean(axis=1, keepdims=True) - x_hat * (dout * x_hat).mean(axis=1, keepdims=True)) * cache["inv_std"]
    return dX, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
