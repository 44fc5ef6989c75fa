"""normalization with einsum reductions and one shared standardisation helper (style r13)."""

import numpy as np

EPS = 1e-5


def _standardise(X, axis, eps):
    """(x_hat, inv_std, mu, var) along axis, the statistics kept with a length-1 axis."""
    count = X.shape[axis]
    mu = X.sum(axis=axis, keepdims=True) / count
    centred = X - mu
    var = (centred * centred).sum(axis=axis, keepdims=True) / count
    inv_std = 1.0 / np.sqrt(var + eps)
    return centred * inv_std, inv_std, mu, var


def _standardise_backward(g, x_hat, inv_std, axis):
    mean_g = g.mean(axis=axis, keepdims=True)
    mean_gx = (g * x_hat).mean(axis=axis, keepdims=True)
    return (g - mean_g - x_hat * mean_gx) * inv_std


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    if mode == "train":
        x_hat, inv_std, mu, var = _standardise(X, 0, eps)
        inv_std, mu, var = inv_std[0], mu[0], var[0]
        new_mean = momentum * np.asarray(running_mean) + (1 - momentum) * mu
        new_var = momentum * np.asarray(running_var) + (1 - momentum) * var
    elif mode == "eval":
        new_mean, new_var = np.array(running_mean, copy=True), np.array(running_var, copy=True)
        inv_std = 1.0 / np.sqrt(new_var + eps)
        x_hat = (X - new_mean) * inv_std
    else:
        raise ValueError(f"mode must be 'train' or 'eval', not {mode!r}")
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
        dX = _standardise_backward(g, x_hat, np.reshape(inv_std, (1, -1)), 0)
    else:
        dX = g * inv_std
    return dX, dgamma, dbeta


def layernorm_forward(X, gamma, beta, eps=EPS):
    x_hat, inv_std, _, _ = _standardise(X, 1, eps)
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    x_hat = cache["x_hat"]
    dX = _standardise_backward(dout * cache["gamma"], x_hat, np.reshape(cache["inv_std"], (-1, 1)), 1)
    return dX, np.einsum("nd,nd->d", dout, x_hat), np.einsum("nd->d", dout)
