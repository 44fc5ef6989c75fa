"""normalization.batchnorm_backward: right: the staged chain rule through var and mu (dx_hat, dvar, dmu, then dX), rebuilding x - mu as x_hat / inv_std"""
import numpy as np


def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dgamma, dbeta = (dout * x_hat).sum(axis=0), dout.sum(axis=0)
    dx_hat = dout * gamma
    if cache["mode"] == "eval":
        return dx_hat * inv_std, dgamma, dbeta
    n = dout.shape[0]
    centred = x_hat / inv_std
    dvar = np.sum(dx_hat * centred, axis=0) * -0.5 * inv_std ** 3
    dmu = -np.sum(dx_hat, axis=0) * inv_std + dvar * np.mean(-2.0 * centred, axis=0)
    return dx_hat * inv_std + dvar * 2.0 * centred / n + dmu / n, dgamma, dbeta
