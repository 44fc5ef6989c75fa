"""normalization written with einsum for every reduction and a shared standardise helper taking the axis."""

import numpy as np

EPS = 1e-5


def _moments(X, axis):
    m = X.shape[axis]
    mu = (np.einsum("nd->d", X) if axis == 0 else np.einsum("nd->n", X)) / m
    centred = X - (mu if axis == 0 else mu[:, None])
    sq = np.einsum("nd,nd->d", centred, centred) if axis == 0 else np.einsum("nd,nd->n", centred, centred)
    return mu, sq / m


def _std_backward(g, x_hat, inv_std, axis):
    m = g.shape[axis]
    mean_g = g.sum(axis=axis, keepdims=True) / m
    mean_gx = (g * x_hat).sum(axis=axis, keepdims=True) / m
    return (g - mean_g - x_hat * mean_gx) * inv_std


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    if mode == "train":
        mu, var = _moments(X, 0)
        new_mean = momentum * np.asarray(running_mean) + (1.0 - momentum) * mu
        new_var = momentum * np.asarray(running_var) + (1.0 - momentum) * var
    else:
        mu, var = np.asarray(running_mean, dtype=np.float64), np.asarray(running_var, dtype=np.float64)
        new_mean, new_var = mu.copy(), var.copy()
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    out = gamma * x_hat + beta
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return out, cache


def batchnorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    x_hat, gamma = cache["x_hat"], cache["gamma"]
    dgamma = np.einsum("nd,nd->d", dout, x_hat)
    dbeta = np.einsum("nd->d", dout)
    if cache["mode"] == "train":
        dX = _std_backward(dout * gamma, x_hat, cache["inv_std"], 0)
    else:
        dX = dout * gamma * cache["inv_std"]  # 1/sqrt(running_var + eps) in eval
    return dX, dgamma, dbeta


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    mu, var = _moments(X, 1)
    inv_std = (1.0 / np.sqrt(var + eps))[:, None]
    x_hat = (X - mu[:, None]) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    x_hat = cache["x_hat"]
    dX = _std_backward(dout * cache["gamma"], x_hat, cache["inv_std"], 1)
    return dX, np.einsum("nd,nd->d", dout, x_hat), np.einsum("nd->d", dout)
