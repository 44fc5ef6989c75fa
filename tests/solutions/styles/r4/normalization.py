"""Correct solution of exercises/normalization.py, r4 style: one Standardize helper class shared by batch and layer norm (axis 0 or 1)."""

import numpy as np

EPS = 1e-5


class Standardize:
    """x_hat = (x - mu) * inv_std along an axis and its backward."""

    @staticmethod
    def forward(X, mu, var, eps):
        inv_std = 1.0 / np.sqrt(var + eps)
        return (X - mu) * inv_std, inv_std

    @staticmethod
    def backward(g, x_hat, inv_std, axis):
        mean = lambda a: a.mean(axis=axis, keepdims=True)
        return inv_std * (g - mean(g) - x_hat * mean(g * x_hat))


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var
    else:
        mu, var = running_mean, running_var
    x_hat, inv_std = Standardize.forward(X, mu, var, eps)
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": running_mean, "running_var": running_var}
    return gamma * x_hat + beta, cache


def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = dout * gamma
    dX = Standardize.backward(g, x_hat, inv_std, 0) if cache["mode"] == "train" else g * inv_std
    return dX, np.einsum("nd,nd->d", dout, x_hat), dout.sum(axis=0)


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    x_hat, inv_std = Standardize.forward(X, X.mean(axis=1, keepdims=True), X.var(axis=1, keepdims=True), eps)
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    x_hat = cache["x_hat"]
    dX = Standardize.backward(dout * cache["gamma"], x_hat, cache["inv_std"], 1)
    return dX, np.einsum("nd,nd->d", dout, x_hat), dout.sum(axis=0)
