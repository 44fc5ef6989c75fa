"""normalization.batchnorm_backward: eval-mode dX recomputes 1 / sqrt(running_var + EPS) with the default eps, not the forward's (the cache's inv_std)."""

import numpy as np


def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache["x_hat"], cache["gamma"], cache["inv_std"]
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    if cache["mode"] == "train":
        g = dout * gamma
        dX = (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) * inv_std
    else:
        dX = dout * gamma / np.sqrt(cache["running_var"] + EPS)
    return dX, dgamma, dbeta
