"""normalization.layernorm_backward: right: the batch-norm formula on the transposed arrays (features down the rows), transposed back"""
import numpy as np


def layernorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g_t = (dout * gamma).T
    x_t = x_hat.T
    dX_t = (g_t - g_t.mean(axis=0) - x_t * (g_t * x_t).mean(axis=0)) * np.ravel(inv_std)
    return dX_t.T, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
