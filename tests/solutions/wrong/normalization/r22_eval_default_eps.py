"""normalization.batchnorm_backward: eval mode divides by sqrt(running_var + EPS) with the default eps instead of the cache's inv_std, wrong after a forward with another eps."""

import numpy as np


def batchnorm_backward(dout, cache):
    xn, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dbeta = dout.sum(axis=0)
    dgamma = np.sum(xn * dout, axis=0)
    g = gamma * dout
    if cache["mode"] != "train":
        return g / np.sqrt(cache["running_var"] + EPS), dgamma, dbeta
    dx = (g - g.mean(axis=0) - xn * (g * xn).mean(axis=0)) * inv_std
    return dx, dgamma, dbeta
