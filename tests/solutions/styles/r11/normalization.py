"""r11 style: normalisation with einsum sums and one shared standardisation helper."""

import numpy as np

EPS = 1e-5


def _standardise(X, axis, eps):
    m = X.shape[axis]
    mu = X.sum(axis=axis, keepdims=True) / m
    centred = X - mu
    var = (centred * centred).sum(axis=axis, keepdims=True) / m
    inv_std = 1.0 / np.sqrt(var + eps)
    return centred * inv_std, inv_std, mu, var


def _standardise_backward(g, x_hat, inv_std, axis):
    return (g - g.mean(axis=axis, keepdims=True)
            - x_hat * (g * x_hat).mean(axis=axis, keepdims=True)) * inv_std


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
    out = np.einsum("d,nd->nd", gamma, x_hat) + beta
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": np.array(gamma, dtype=float), "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return out, cache


def batchnorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=float)
    x_hat = cache["x_hat"]
    dgamma = np.einsum("nd,nd->d", dout, x_hat)
    dbeta = np.einsum("nd->d", dout)
    g = dout * cache["gamma"]
    if cache["mode"] == "train":
        dX = _standardise_backward(g, x_hat, cache["inv_std"], 0)
    else:
        dX = g * cache["inv_std"]
    return dX, dgamma, dbeta


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=float)
    x_hat, inv_std, _, _ = _standardise(X, 1, eps)
    out = x_hat * gamma + beta
    return out, {"x_hat": x_hat, "inv_std": inv_std, "gamma": np.array(gamma, dtype=float)}


def layernorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=float)
    x_hat = cache["x_hat"]
    dX = _standardise_backward(dout * cache["gamma"], x_hat, cache["inv_std"], 1)
    return dX, np.einsum("nd,nd->d", dout, x_hat), np.einsum("nd->d", dout)
