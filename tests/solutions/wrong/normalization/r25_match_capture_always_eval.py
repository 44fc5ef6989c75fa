"""normalization.batchnorm_backward: `case EVAL:` with a bare name is a match capture pattern that matches every mode, so train mode also gets the eval gradient dout * gamma * inv_std"""
import numpy as np

EVAL = "eval"


def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dgamma, dbeta = (dout * x_hat).sum(axis=0), dout.sum(axis=0)
    match cache["mode"]:
        case EVAL:
            return dout * gamma * inv_std, dgamma, dbeta
    g = dout * gamma
    return (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) * inv_std, dgamma, dbeta
