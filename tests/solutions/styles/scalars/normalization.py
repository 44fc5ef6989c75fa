"""Batch and layer norm with np.float64 constants and out= arithmetic (scalars style)."""

import numpy as np

EPS = 1e-5
ONE = np.float64(1)


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    momentum, eps = np.float64(momentum), np.float64(eps)
    N = np.float64(X.shape[0])
    if mode == "train":
        mu = np.sum(X, axis=0) / N
        var = np.sum((X - mu) ** 2, axis=0) / N
        new_mean = momentum * np.asarray(running_mean, dtype=np.float64) + (ONE - momentum) * mu
        new_var = momentum * np.asarray(running_var, dtype=np.float64) + (ONE - momentum) * var
    else:
        new_mean = np.array(running_mean, dtype=np.float64)
        new_var = np.array(running_var, dtype=np.float64)
        mu, var = new_mean, new_var
    inv_std = ONE / np.sqrt(var + eps)
    x_hat = np.subtract(X, mu)
    np.multiply(x_hat, inv_std, out=x_hat)
    out = np.multiply(x_hat, gamma)
    np.add(out, beta, out=out)
    return out, {"x_hat": x_hat, "inv_std": inv_std, "gamma": np.asarray(gamma, dtype=np.float64), "mode": mode,
                 "running_mean": new_mean, "running_var": new_var}


def batchnorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    N = np.float64(dout.shape[0])
    g = dout * gamma
    if cache["mode"] == "train":
        dX = (g - np.sum(g, axis=0) / N - x_hat * (np.sum(g * x_hat, axis=0) / N)) * inv_std
    else:
        dX = g * inv_std
    return dX, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    D = np.float64(X.shape[1])
    mu = np.sum(X, axis=1, keepdims=True) / D
    var = np.sum((X - mu) ** 2, axis=1, keepdims=True) / D
    inv_std = ONE / np.sqrt(var + np.float64(eps))
    x_hat = (X - mu) * inv_std
    return x_hat * gamma + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": np.asarray(gamma, dtype=np.float64)}


def layernorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    D = np.float64(dout.shape[1])
    g = dout * gamma
    dX = (g - np.sum(g, axis=1, keepdims=True) / D - x_hat * np.sum(g * x_hat, axis=1, keepdims=True) / D) * inv_std
    return dX, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
