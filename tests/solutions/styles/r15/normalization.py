"""Batch and layer normalisation, CS231n style: one standardisation helper,
two-pass variance (centre first, then square), and the compact backward
dx = inv_std / m * (m g - sum g - x_hat sum(g x_hat)) with sums by einsum.
"""

import numpy as np

EPS = 1e-5


def _standardise(X, axis, eps):
    mu = np.mean(X, axis=axis, keepdims=True)
    centred = X - mu
    var = np.mean(centred * centred, axis=axis, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    return centred * inv_std, inv_std, mu, var


def _standardise_backward(g, x_hat, inv_std, axis):
    m = g.shape[axis]
    sum_g = g.sum(axis=axis, keepdims=True)
    sum_gx = (g * x_hat).sum(axis=axis, keepdims=True)
    return inv_std / m * (m * g - sum_g - x_hat * sum_gx)


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=float)
    if mode == "train":
        x_hat, inv_std, mu, var = _standardise(X, 0, eps)
        inv_std = inv_std[0]
        new_mean = momentum * np.asarray(running_mean, dtype=float) + (1.0 - momentum) * mu[0]
        new_var = momentum * np.asarray(running_var, dtype=float) + (1.0 - momentum) * var[0]
    else:
        new_mean = np.array(running_mean, dtype=float)
        new_var = np.array(running_var, dtype=float)
        inv_std = 1.0 / np.sqrt(new_var + eps)
        x_hat = (X - new_mean) * inv_std
    out = np.einsum("nd,d->nd", x_hat, gamma) + beta
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return out, cache


def batchnorm_backward(dout, cache):
    x_hat, gamma = cache["x_hat"], cache["gamma"]
    dgamma = np.einsum("nd,nd->d", dout, x_hat)
    dbeta = np.einsum("nd->d", dout)
    g = dout * gamma
    if cache["mode"] == "train":
        dX = _standardise_backward(g, x_hat, cache["inv_std"], 0)
    else:
        dX = g * cache["inv_std"]
    return dX, dgamma, dbeta


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=float)
    x_hat, inv_std, _, _ = _standardise(X, 1, eps)
    out = x_hat * gamma + beta
    return out, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    x_hat = cache["x_hat"]
    dX = _standardise_backward(dout * cache["gamma"], x_hat, cache["inv_std"], 1)
    return dX, np.einsum("nd,nd->d", dout, x_hat), dout.sum(axis=0)

