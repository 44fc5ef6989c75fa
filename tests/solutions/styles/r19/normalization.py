"""A correct solution of exercises/normalization.py written as Haykin writes backprop: the
gradient reaching each quantity is the gradient of what uses it times a local derivative.
The running statistics follow the momentum rule m(n+1) = alpha m(n) + (1 - alpha) mu(n)."""

import numpy as np

EPS = 1e-5


def _standardise_backward(g, x_hat, inv_std, axis):
    """dx of x_hat = (x - mu) * inv_std along `axis`, from g = dL/dx_hat."""
    g_mean = g.mean(axis=axis, keepdims=True)
    gx_mean = (g * x_hat).mean(axis=axis, keepdims=True)
    return (g - g_mean - x_hat * gx_mean) * inv_std


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=float)
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0)
        new_mean = momentum * running_mean + (1.0 - momentum) * mu
        new_var = momentum * running_var + (1.0 - momentum) * var
    else:
        mu, var = running_mean, running_var
        new_mean, new_var = np.array(running_mean, dtype=float), np.array(running_var, dtype=float)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    out = gamma * x_hat + beta
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return out, cache


def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    g = dout * gamma
    if cache["mode"] == "train":
        dX = _standardise_backward(g, x_hat, inv_std, axis=0)
    else:  # mu and var are constants: only the branch through x_hat * inv_std
        dX = g * inv_std
    return dX, dgamma, dbeta


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=1, keepdims=True)
    var = X.var(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dX = _standardise_backward(dout * gamma, x_hat, inv_std, axis=1)
    return dX, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
