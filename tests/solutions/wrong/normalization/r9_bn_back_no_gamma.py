"""normalization.batchnorm_backward: the train-mode dX standardisation backward applied to dout, not dout * gamma."""

import numpy as np


def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache["x_hat"], cache["gamma"], cache["inv_std"]
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    if cache["mode"] == "train":
        g = dout
        dX = (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) * inv_std
    else:
        dX = dout * gamma * inv_std
    return dX, dgamma, dbeta
