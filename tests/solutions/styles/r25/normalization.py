"""Batch and layer normalisation, typed-Python style: an Enum of the modes, match on it, guard clauses."""

from enum import Enum

import numpy as np

EPS = 1e-5


class Mode(str, Enum):
    TRAIN = "train"
    EVAL = "eval"


def _standardise_backward(g, x_hat, inv_std, axis):
    """(g - mean(g) - x_hat mean(g x_hat)) * inv_std along `axis`."""
    return (g - g.mean(axis=axis, keepdims=True) - x_hat * (g * x_hat).mean(axis=axis, keepdims=True)) * inv_std


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    assert X.ndim == 2, "X is (N, D)"
    match Mode(mode):
        case Mode.TRAIN:
            mu, var = X.mean(axis=0), X.var(axis=0)
            new_mean = momentum * running_mean + (1.0 - momentum) * mu
            new_var = momentum * running_var + (1.0 - momentum) * var
        case Mode.EVAL:
            mu, var = running_mean, running_var
            new_mean, new_var = running_mean.copy(), running_var.copy()
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    out = gamma * x_hat + beta
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": Mode(mode).value,
             "running_mean": new_mean, "running_var": new_var}
    return out, cache


def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dgamma = (dout * x_hat).sum(axis=0)
    dbeta = dout.sum(axis=0)
    match Mode(cache["mode"]):
        case Mode.EVAL:
            return dout * gamma * inv_std, dgamma, dbeta
        case Mode.TRAIN:
            return _standardise_backward(dout * gamma, x_hat, inv_std, axis=0), dgamma, dbeta


def layernorm_forward(X, gamma, beta, eps=EPS):
    assert X.ndim == 2, "X is (N, D)"
    mu = X.mean(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(X.var(axis=1, keepdims=True) + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dX = _standardise_backward(dout * gamma, x_hat, inv_std, axis=1)
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
