"""Batch and layer norm sharing one standardise helper pair along an axis (helpers style)."""

import numpy as np

EPS = 1e-5


def _moments(X, axis):
    mu = X.mean(axis=axis, keepdims=True)
    return mu, ((X - mu) ** 2).mean(axis=axis, keepdims=True)


def _standardise(X, mu, var, eps):
    inv_std = 1.0 / np.sqrt(var + eps)
    return (X - mu) * inv_std, inv_std


def _standardise_backward(g, x_hat, inv_std, axis):
    mean = lambda t: t.mean(axis=axis, keepdims=True)  # noqa: E731
    return (g - mean(g) - x_hat * mean(g * x_hat)) * inv_std


def _affine_backward(dout, x_hat):
    return (dout * x_hat).sum(axis=0), dout.sum(axis=0)


def _ema(old, new, momentum):
    return momentum * np.asarray(old, dtype=np.float64) + (1 - momentum) * new


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    if mode == "train":
        mu, var = _moments(X, 0)
        running_mean = _ema(running_mean, mu[0], momentum)
        running_var = _ema(running_var, var[0], momentum)
    else:
        running_mean = np.array(running_mean, dtype=np.float64)
        running_var = np.array(running_var, dtype=np.float64)
        mu, var = running_mean, running_var
    x_hat, inv_std = _standardise(X, mu, var, eps)
    cache = {"x_hat": x_hat, "inv_std": np.reshape(inv_std, -1), "gamma": gamma, "mode": mode,
             "running_mean": running_mean, "running_var": running_var}
    return gamma * x_hat + beta, cache


def batchnorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    g = dout * cache["gamma"]
    if cache["mode"] == "train":
        dX = _standardise_backward(g, cache["x_hat"], cache["inv_std"], 0)
    else:
        dX = g * cache["inv_std"]
    return (dX, *_affine_backward(dout, cache["x_hat"]))


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    x_hat, inv_std = _standardise(X, *_moments(X, 1), eps)
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    dX = _standardise_backward(dout * cache["gamma"], cache["x_hat"], cache["inv_std"], 1)
    return (dX, *_affine_backward(dout, cache["x_hat"]))
