"""Correct solution, style r5: one standardisation helper and its backward, shared by both norms along an axis."""

import numpy as np

EPS = 1e-5


def _standardise(X, mu, var, eps):
    inv_std = 1.0 / np.sqrt(var + eps)
    return (X - mu) * inv_std, inv_std


def _standardise_backward(g, x_hat, inv_std, axis):
    m = g.shape[axis]
    sum_g = g.sum(axis=axis, keepdims=True)
    sum_gx = (g * x_hat).sum(axis=axis, keepdims=True)
    return (m * g - sum_g - x_hat * sum_gx) * (inv_std / m)


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    if mode == "train":
        mu = X.mean(axis=0)
        var = ((X - mu) ** 2).mean(axis=0)
        new_mean = momentum * running_mean + (1.0 - momentum) * mu
        new_var = momentum * running_var + (1.0 - momentum) * var
    else:
        mu, var = running_mean, running_var
        new_mean = np.array(running_mean, dtype=np.float64)
        new_var = np.array(running_var, dtype=np.float64)
    x_hat, inv_std = _standardise(X, mu, var, eps)
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return gamma * x_hat + beta, cache


def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = dout * gamma
    if cache["mode"] == "train":
        dX = _standardise_backward(g, x_hat, inv_std, 0)
    else:
        dX = g * inv_std
    return dX, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    mu = X.mean(axis=1, keepdims=True)
    var = ((X - mu) ** 2).mean(axis=1, keepdims=True)
    x_hat, inv_std = _standardise(X, mu, var, eps)
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    x_hat = cache["x_hat"]
    dX = _standardise_backward(dout * cache["gamma"], x_hat, cache["inv_std"], 1)
    return dX, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
