"""normalization with one standardiser over a chosen axis, sums by np.add.reduce and counts."""

import numpy as np

EPS = 1e-5


def _moments(X, axis):
    m = X.shape[axis]
    mu = np.add.reduce(X, axis=axis, keepdims=True) / m
    var = np.add.reduce((X - mu) ** 2, axis=axis, keepdims=True) / m
    return mu, var


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    if mode == "train":
        mu, var = (v[0] for v in _moments(X, 0))
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var
    else:
        mu, var = running_mean, running_var
    inv_std = (var + eps) ** -0.5
    x_hat = (X - mu) * inv_std
    cache = dict(x_hat=x_hat, inv_std=inv_std, gamma=gamma, mode=mode,
                 running_mean=running_mean, running_var=running_var)
    return x_hat * gamma + beta, cache


def _unstandardize(g, x_hat, inv_std, axis):
    m = g.shape[axis]
    total = np.add.reduce(g, axis=axis, keepdims=True)
    project = np.add.reduce(g * x_hat, axis=axis, keepdims=True)
    return (m * g - total - x_hat * project) * (inv_std / m)


def _param_grads(dout, x_hat):
    return np.add.reduce(dout * x_hat, axis=0), np.add.reduce(dout, axis=0)


def batchnorm_backward(dout, cache):
    g = dout * cache["gamma"]
    if cache["mode"] == "train":
        dX = _unstandardize(g, cache["x_hat"], cache["inv_std"], 0)
    else:
        dX = g * cache["inv_std"]
    return (dX, *_param_grads(dout, cache["x_hat"]))


def layernorm_forward(X, gamma, beta, eps=EPS):
    mu, var = _moments(X, 1)
    inv_std = (var + eps) ** -0.5
    x_hat = (X - mu) * inv_std
    return x_hat * gamma + beta, dict(x_hat=x_hat, inv_std=inv_std, gamma=gamma)


def layernorm_backward(dout, cache):
    dX = _unstandardize(dout * cache["gamma"], cache["x_hat"], cache["inv_std"], 1)
    return (dX, *_param_grads(dout, cache["x_hat"]))
