"""normalization.batchnorm_backward: dvar = dstd / std, missing the 1/2 of d sqrt(v)/dv = 1 / (2 sqrt(v))."""

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
    dvar = dstd / std
    dxc = dxn / std + (2.0 / n) * xc * dvar
    return dxc - np.sum(dxc, axis=0) / n, dgamma, dbeta
