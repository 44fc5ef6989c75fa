"""normalization with einsum reductions and one standardisation helper shared by both norms and axes."""

import numpy as np

EPS = 1e-5


def _standardise(X, axis, mu, var, eps):
    inv_std = 1.0 / np.sqrt(var + eps)
    return (X - mu) * inv_std, inv_std


def _standardise_backward(g, x_hat, inv_std, axis):
    m = g.shape[axis]
    # (m g - sum g - x_hat sum(g x_hat)) / m, scaled by inv_std
    s1 = np.sum(g, axis=axis, keepdims=True)
    s2 = np.sum(g * x_hat, axis=axis, keepdims=True)
    return (m * g - s1 - x_hat * s2) * (inv_std / m)


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    if mode == "train":
        n = X.shape[0]
        mu = np.einsum("nd->d", X) / n
        centred = X - mu
        var = np.einsum("nd,nd->d", centred, centred) / n
        new_mean = momentum * running_mean + (1.0 - momentum) * mu
        new_var = momentum * running_var + (1.0 - momentum) * var
    else:
        mu, var = np.asarray(running_mean, dtype=np.float64), np.asarray(running_var, dtype=np.float64)
        new_mean, new_var = mu.copy(), var.copy()
    x_hat, inv_std = _standardise(X, 0, mu, var, eps)
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
        dX = _standardise_backward(g, x_hat, inv_std, 0)
    else:
        dX = g * inv_std
    return dX, dgamma, dbeta


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    mu = X.mean(axis=1, keepdims=True)
    var = ((X - mu) ** 2).mean(axis=1, keepdims=True)
    x_hat, inv_std = _standardise(X, 1, mu, var, eps)
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dX = _standardise_backward(dout * gamma, x_hat, inv_std, 1)
    return dX, np.einsum("nd,nd->d", dout, x_hat), dout.sum(axis=0)
