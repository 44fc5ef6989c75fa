"""Batch and layer norm with einsum reductions (einsum style)."""

import numpy as np

EPS = 1e-5


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    gamma = np.asarray(gamma, dtype=np.float64)
    beta = np.asarray(beta, dtype=np.float64)
    running_mean = np.asarray(running_mean, dtype=np.float64)
    running_var = np.asarray(running_var, dtype=np.float64)
    N = X.shape[0]
    if mode == "train":
        mu = np.einsum("nd->d", X) / N
        centred = X - mu
        var = np.einsum("nd,nd->d", centred, centred) / N
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var
    else:
        mu, var = running_mean, running_var
        centred = X - mu
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = np.einsum("nd,d->nd", centred, inv_std)
    out = np.einsum("nd,d->nd", x_hat, gamma) + beta
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": running_mean, "running_var": running_var}
    return out, cache


def batchnorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    x_hat, gamma = cache["x_hat"], np.asarray(cache["gamma"], dtype=np.float64)
    inv_std = np.asarray(cache["inv_std"], dtype=np.float64).reshape(-1)
    N = dout.shape[0]
    dgamma = np.einsum("nd,nd->d", dout, x_hat)
    dbeta = np.einsum("nd->d", dout)
    g = np.einsum("nd,d->nd", dout, gamma.reshape(-1))
    if cache["mode"] == "train":
        g_mean = np.einsum("nd->d", g) / N
        gx_mean = np.einsum("nd,nd->d", g, x_hat) / N
        dX = np.einsum("nd,d->nd", g - g_mean - x_hat * gx_mean, inv_std)
    else:
        dX = np.einsum("nd,d->nd", g, inv_std)
    return dX, dgamma, dbeta


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    gamma = np.asarray(gamma, dtype=np.float64)
    D = X.shape[1]
    mu = np.einsum("nd->n", X) / D
    centred = X - mu[:, None]
    var = np.einsum("nd,nd->n", centred, centred) / D
    inv_std = (1.0 / np.sqrt(var + eps))[:, None]
    x_hat = centred * inv_std
    out = np.einsum("nd,d->nd", x_hat, gamma) + np.asarray(beta, dtype=np.float64)
    return out, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    x_hat, gamma, inv_std = cache["x_hat"], np.asarray(cache["gamma"], dtype=np.float64), cache["inv_std"]
    D = dout.shape[1]
    g = np.einsum("nd,d->nd", dout, gamma)
    g_mean = np.einsum("nd->n", g)[:, None] / D
    gx_mean = np.einsum("nd,nd->n", g, x_hat)[:, None] / D
    dX = (g - g_mean - x_hat * gx_mean) * np.asarray(inv_std).reshape(-1, 1)
    return dX, np.einsum("nd,nd->d", dout, x_hat), np.einsum("nd->d", dout)
