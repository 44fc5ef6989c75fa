"""normalization.batchnorm_backward: the train-mode standardisation backward used in eval mode too, where mu and var are constants"""
import numpy as np


def batchnorm_backward(dout, cache):
    x_hat, g = cache["x_hat"], dout * cache["gamma"]
    dX = (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) * cache["inv_std"]
    return dX, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
