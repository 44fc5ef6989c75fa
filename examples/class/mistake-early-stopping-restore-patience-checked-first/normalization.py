"""A correct student solution of exercises/normalization.py."""

import numpy as np

EPS = 1e-5


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var
    else:
        mu, var = running_mean, running_var
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": running_mean, "running_var": running_var}
    return gamma * x_hat + beta, cache


def _standardize_backward(g, x_hat, inv_std, axis):
    return inv_std * (g - g.mean(axis=axis, keepdims=True) - x_hat * (g * x_hat).mean(axis=axis, keepdims=True))


def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    if cache["mode"] == "train":
        dX = _standardize_backward(dout * gamma, x_hat, inv_std, 0)
    else:
        dX = dout * gamma * inv_std
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)


def layernorm_forward(X, gamma, beta, eps=EPS):
    mu, var = X.mean(axis=1, keepdims=True), X.var(axis=1, keepdims=True)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    x_hat = cache["x_hat"]
    dX = _standardize_backward(dout * cache["gamma"], x_hat, cache["inv_std"], 1)
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
