"""Batch and layer norm as R's scale() would do them (centre, then divide) but with the biased variance.

Layer norm is batch norm of the transposed data: features-by-observations, the R habit, gives the rows."""

import numpy as np

EPS = 1e-5


def _standardise(X, axis, mu=None, var=None, eps=EPS):
    """(x_hat, inv_std) of X along axis; mu and var computed there unless given (keepdims)."""
    if mu is None:
        mu = X.mean(axis=axis, keepdims=True)
        var = ((X - mu) ** 2).mean(axis=axis, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    return (X - mu) * inv_std, inv_std


def _standardise_backward(g, x_hat, inv_std, axis):
    """dx of the standardisation along axis from g = dL/dx_hat."""
    return (g - g.mean(axis=axis, keepdims=True)
            - x_hat * (g * x_hat).mean(axis=axis, keepdims=True)) * inv_std


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    """Batch norm of X (N, D): returns (out (N, D), cache)."""
    X = np.asarray(X, dtype=float)
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0)
        running_mean = momentum * np.asarray(running_mean) + (1 - momentum) * mu
        running_var = momentum * np.asarray(running_var) + (1 - momentum) * var
    else:
        mu, var = np.asarray(running_mean), np.asarray(running_var)
        running_mean, running_var = mu.copy(), var.copy()
    x_hat, inv_std = _standardise(X, 0, mu[None, :], var[None, :], eps)
    cache = {"x_hat": x_hat, "inv_std": inv_std[0], "gamma": gamma, "mode": mode,
             "running_mean": running_mean, "running_var": running_var}
    return gamma * x_hat + beta, cache


def batchnorm_backward(dout, cache):
    """(dX, dgamma, dbeta) of batch norm from dout (N, D)."""
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dgamma, dbeta = (dout * x_hat).sum(axis=0), dout.sum(axis=0)
    if cache["mode"] == "train":
        dX = _standardise_backward(dout * gamma, x_hat, inv_std, 0)
    else:
        dX = dout * gamma * inv_std
    return dX, dgamma, dbeta


def layernorm_forward(X, gamma, beta, eps=EPS):
    """Layer norm of X (N, D) over each row: the columns of t(X) standardised, transposed back."""
    Xt = np.asarray(X, dtype=float).T  # features-by-observations
    xt_hat, inv_std = _standardise(Xt, 0, eps=eps)
    x_hat = xt_hat.T
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std.T, "gamma": gamma}


def layernorm_backward(dout, cache):
    """(dX, dgamma, dbeta) of layer norm from dout (N, D)."""
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dX = _standardise_backward(dout * gamma, x_hat, inv_std, 1)
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
