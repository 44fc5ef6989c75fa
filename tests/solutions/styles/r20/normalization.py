"""normalization in the r20 habit: Prince's notation (h for a layer's input, dl_d* for gradients)."""

import numpy as np

EPS = 1e-5


def _standardise_backward(dl_dxhat, x_hat, inv_std, axis):
    mean_g = dl_dxhat.mean(axis=axis, keepdims=True)
    mean_gx = (dl_dxhat * x_hat).mean(axis=axis, keepdims=True)
    return (dl_dxhat - mean_g - x_hat * mean_gx) * inv_std


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    h = np.asarray(X)
    if mode == "train":
        mu, var = h.mean(axis=0), h.var(axis=0)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var
    else:
        mu, var = running_mean, running_var
        running_mean, running_var = running_mean.copy(), running_var.copy()
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (h - mu) * inv_std
    out = gamma * x_hat + beta
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": running_mean, "running_var": running_var}
    return out, cache


def batchnorm_backward(dout, cache):
    dl_dgamma = np.sum(dout * cache["x_hat"], axis=0)
    dl_dbeta = np.sum(dout, axis=0)
    dl_dxhat = dout * cache["gamma"]
    if cache["mode"] == "train":
        dl_dh = _standardise_backward(dl_dxhat, cache["x_hat"], cache["inv_std"], axis=0)
    else:
        dl_dh = dl_dxhat * cache["inv_std"]  # inv_std = 1 / sqrt(running_var + eps), a constant
    return dl_dh, dl_dgamma, dl_dbeta


def layernorm_forward(X, gamma, beta, eps=EPS):
    h = np.asarray(X)
    mu = h.mean(axis=1, keepdims=True)
    var = h.var(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (h - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    dl_dxhat = dout * cache["gamma"]
    dl_dh = _standardise_backward(dl_dxhat, cache["x_hat"], cache["inv_std"], axis=1)
    return dl_dh, np.sum(dout * cache["x_hat"], axis=0), np.sum(dout, axis=0)
