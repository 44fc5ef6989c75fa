"""Batch and layer norm with two-pass variance and rsqrt (stable style)."""

import numpy as np

EPS = 1e-5


def _standardise(X, axis, mu, var, eps):
    inv_std = 1.0 / np.sqrt(var + eps)
    return (X - mu) * inv_std, inv_std


def _standardise_backward(g, x_hat, inv_std, axis):
    return inv_std * (g - g.mean(axis=axis, keepdims=True) - x_hat * (g * x_hat).mean(axis=axis, keepdims=True))


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    running_mean = np.asarray(running_mean, dtype=np.float64)
    running_var = np.asarray(running_var, dtype=np.float64)
    if mode == "train":
        mu = X.mean(axis=0)
        var = np.mean(np.square(X - mu), axis=0)      # two-pass: no cancellation of E[x^2] - E[x]^2
        new_mean = momentum * running_mean + (1.0 - momentum) * mu
        new_var = momentum * running_var + (1.0 - momentum) * var
    else:
        mu, var = running_mean, running_var
        new_mean, new_var = running_mean.copy(), running_var.copy()
    x_hat, inv_std = _standardise(X, 0, mu, var, eps)
    out = gamma * x_hat + beta
    return out, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                 "running_mean": new_mean, "running_var": new_var}


def batchnorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
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
    var = np.mean(np.square(X - mu), axis=1, keepdims=True)
    x_hat, inv_std = _standardise(X, 1, mu, var, eps)
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dX = _standardise_backward(dout * gamma, x_hat, inv_std, 1)
    return dX, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
