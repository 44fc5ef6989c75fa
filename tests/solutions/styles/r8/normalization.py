"""A correct solution of exercises/normalization.py, style r8: one standardise helper per axis, out= updates on copies."""
import numpy as np

EPS = 1e-5


def _standardise(X, axis, eps):
    mu = X.mean(axis=axis, keepdims=True)
    var = X.var(axis=axis, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    return (X - mu) * inv_std, inv_std, mu, var


def _standardise_backward(g, x_hat, inv_std, axis):
    dx = g - g.mean(axis=axis, keepdims=True)
    np.subtract(dx, x_hat * (g * x_hat).mean(axis=axis, keepdims=True), out=dx)
    return dx * inv_std


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    new_mean = np.array(running_mean, dtype=np.float64)
    new_var = np.array(running_var, dtype=np.float64)
    if mode == "train":
        x_hat, inv_std, mu, var = _standardise(X, 0, eps)
        inv_std = inv_std[0]
        np.copyto(new_mean, momentum * new_mean + (1 - momentum) * mu[0])
        np.copyto(new_var, momentum * new_var + (1 - momentum) * var[0])
    else:
        inv_std = 1.0 / np.sqrt(new_var + eps)
        x_hat = (X - new_mean) * inv_std
    out = gamma * x_hat + beta
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return out, cache


def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache["x_hat"], cache["gamma"], cache["inv_std"]
    dgamma = (dout * x_hat).sum(axis=0)
    dbeta = dout.sum(axis=0)
    if cache["mode"] == "train":
        dX = _standardise_backward(dout * gamma, x_hat, inv_std, 0)
    else:
        dX = dout * gamma * inv_std
    return dX, dgamma, dbeta


def layernorm_forward(X, gamma, beta, eps=EPS):
    x_hat, inv_std, _, _ = _standardise(X, 1, eps)
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    x_hat = cache["x_hat"]
    dX = _standardise_backward(dout * cache["gamma"], x_hat, cache["inv_std"], 1)
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
