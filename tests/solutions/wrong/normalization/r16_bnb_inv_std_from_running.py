"""normalization.batchnorm_backward: 1/sqrt(var + eps) rebuilt from the cache's running_var (and the default eps) in train mode too, not the batch's inv_std"""

import numpy as np

EPS = 1e-5


def batchnorm_backward(dout, cache):
    x_hat, gamma = cache["x_hat"], cache["gamma"]
    inv_std = 1.0 / np.sqrt(cache["running_var"] + EPS)
    dgamma = (dout * x_hat).sum(axis=0)
    dbeta = dout.sum(axis=0)
    g = dout * gamma
    if cache["mode"] == "train":
        dX = (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) * inv_std
    else:
        dX = g * inv_std
    return dX, dgamma, dbeta
