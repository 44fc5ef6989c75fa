"""Batch norm and layer norm written around one standardise / unstandardise pair along an axis,
Keras-like: the same code for both, only the reduced axis differs (0 for batch, 1 for layer)."""

import numpy as np

EPS = 1e-5


def _standardise(X, mu, var, eps):
    inv_std = 1.0 / np.sqrt(var + eps)
    return (X - mu) * inv_std, inv_std


def _unstandardise_grad(g, x_hat, inv_std, axis):
    # dx = (g - mean(g) - x_hat mean(g x_hat)) / sqrt(var + eps), means along `axis`
    m = g.shape[axis]
    mean_g = np.sum(g, axis=axis, keepdims=True) / m
    mean_gx = np.sum(g * x_hat, axis=axis, keepdims=True) / m
    return (g - mean_g - x_hat * mean_gx) * inv_std


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    if mode == "train":
        mu = X.mean(axis=0)
        var = ((X - mu) ** 2).mean(axis=0)
        new_mean = momentum * running_mean + (1.0 - momentum) * mu
        new_var = momentum * running_var + (1.0 - momentum) * var
    elif mode == "eval":
        mu, var = running_mean, running_var
        new_mean, new_var = np.array(running_mean, copy=True), np.array(running_var, copy=True)
    else:
        raise ValueError("mode must be 'train' or 'eval'")
    x_hat, inv_std = _standardise(X, mu, var, eps)
    out = gamma * x_hat + beta
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return out, cache


def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dgamma = np.einsum("nd,nd->d", dout, x_hat)
    dbeta = np.einsum("nd->d", dout)
    g = dout * gamma
    if cache["mode"] == "train":
        dX = _unstandardise_grad(g, x_hat, inv_std, axis=0)
    else:
        dX = g * inv_std
    return dX, dgamma, dbeta


def layernorm_forward(X, gamma, beta, eps=EPS):
    mu = X.mean(axis=1, keepdims=True)
    var = np.square(X - mu).mean(axis=1, keepdims=True)
    x_hat, inv_std = _standardise(X, mu, var, eps)
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dX = _unstandardise_grad(dout * gamma, x_hat, inv_std, axis=1)
    return dX, np.einsum("nd,nd->d", dout, x_hat), dout.sum(axis=0)
