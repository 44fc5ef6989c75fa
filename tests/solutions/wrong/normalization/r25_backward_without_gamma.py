"""normalization.batchnorm_backward: the train-mode dX forgets gamma, standardisation backward of dout instead of dout * gamma"""
import numpy as np


def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dgamma, dbeta = (dout * x_hat).sum(axis=0), dout.sum(axis=0)
    if cache["mode"] == "eval":
        return dout * gamma * inv_std, dgamma, dbeta
    g = dout
    return (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) * inv_std, dgamma, dbeta
