"""normalization.batchnorm_backward: drops the mean's path (dx = dxc, no '- dmu / N'), so dX is wrong in train mode."""

import numpy as np


def batchnorm_backward(dout, cache):
    xn, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dbeta = dout.sum(axis=0)
    dgamma = np.sum(xn * dout, axis=0)
    dxn = gamma * dout
    if cache["mode"] != "train":
        return dxn * inv_std, dgamma, dbeta
    n = dout.shape[0]
    std = 1.0 / inv_std
    xc = xn * std
    dstd = -np.sum(dxn * xc / (std * std), axis=0)
    dvar = 0.5 * dstd / std
    dxc = dxn / std + (2.0 / n) * xc * dvar
    return dxc, dgamma, dbeta
