"""Correct solution of exercises/normalization.py, functional style: one standardise helper per axis, the backward in its m-form
dx = inv_std / m * (m g - sum g - x_hat sum(g x_hat))."""

import numpy as np

EPS = 1e-5


def _standardize(X, mu, var, eps):
    inv_std = 1.0 / np.sqrt(var + eps)
    return (X - mu) * inv_std, inv_std


def _standardize_backward(g, x_hat, inv_std, axis):
    m = g.shape[axis]
    total = np.sum(g, axis=axis, keepdims=True)
    proj = np.sum(g * x_hat, axis=axis, keepdims=True)
    return inv_std / m * (m * g - total - x_hat * proj)


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    if mode == "train":
        mu = np.mean(X, axis=0)
        var = np.mean((X - mu) ** 2, axis=0)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var
    else:
        mu, var = running_mean, running_var
    x_hat, inv_std = _standardize(X, mu, var, eps)
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": running_mean, "running_var": running_var}
    return gamma * x_hat + beta, cache


def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = dout * gamma
    dX = _standardize_backward(g, x_hat, inv_std, 0) if cache["mode"] == "train" else g * inv_std
    return dX, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    mu = np.mean(X, axis=1, keepdims=True)
    x_hat, inv_std = _standardize(X, mu, np.mean((X - mu) ** 2, axis=1, keepdims=True), eps)
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    x_hat = cache["x_hat"]
    dX = _standardize_backward(dout * cache["gamma"], x_hat, cache["inv_std"], 1)
    return dX, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
