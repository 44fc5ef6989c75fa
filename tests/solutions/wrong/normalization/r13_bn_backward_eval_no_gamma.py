"""normalization.batchnorm_backward: eval mode forgets gamma: dX = dout / sqrt(running_var + eps) (train mode is right)"""
import numpy as np


def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dgamma = (dout * x_hat).sum(0)
    dbeta = dout.sum(0)
    if cache["mode"] == "train":
        g = dout * gamma
        dX = (g - g.mean(0) - x_hat * (g * x_hat).mean(0)) * inv_std
    else:
        dX = dout * inv_std
    return dX, dgamma, dbeta
