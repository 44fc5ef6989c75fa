"""Batch normalisation and layer normalisation, forward and backward.

Both standardise, then scale and shift with learned gamma, beta:

    x_hat = (x - mu) / sqrt(var + eps),    y = gamma * x_hat + beta

with var the biased variance (divide by the count) and eps = 1e-5 by default.
Batch norm takes mu, var per feature over the batch (axis 0 of X (N, D));
layer norm takes them per example over its features (axis 1). Layer norm of
[1, 2, 3, 4]: mu = 2.5, var = 1.25, x_hat = [-1.34, -0.45, 0.45, 1.34].

Backward of the standardisation along an axis with m entries (g = dL/dx_hat):

    dx = (g - mean(g) - x_hat * mean(g * x_hat)) / sqrt(var + eps)
"""

import numpy as np

EPS = 1e-5


def _standardize(X, axis, eps):
    mu = X.mean(axis=axis, keepdims=True)
    var = X.var(axis=axis, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    return (X - mu) * inv_std, inv_std, mu, var


def _standardize_backward(dx_hat, x_hat, inv_std, axis):
    return inv_std * (dx_hat - dx_hat.mean(axis=axis, keepdims=True)
                      - x_hat * (dx_hat * x_hat).mean(axis=axis, keepdims=True))


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    """Batch norm of X (N, D) with gamma, beta, running_mean, running_var (D,).

    train: mu, var = X.mean(0), X.var(0) (batch statistics, biased variance);
           running_mean <- momentum * running_mean + (1 - momentum) * mu, same for var.
    eval:  mu, var = running_mean, running_var (unchanged).
    out = gamma * (X - mu) / sqrt(var + eps) + beta, (N, D).
    Returns (out, cache); cache = {"x_hat" (N, D), "inv_std" (D,), "gamma", "mode", "running_mean", "running_var"},
    the running statistics as updated by this pass, in new arrays (the caller keeps them for the next one;
    the arrays passed in are left unchanged, unlike a PyTorch module's buffers).
    """
    if mode == "train":
        x_hat, inv_std, mu, var = _standardize(X, 0, eps)
        mu, var = mu[0], var[0]
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var
        inv_std = inv_std[0]
    elif mode == "eval":
        inv_std = 1.0 / np.sqrt(running_var + eps)
        x_hat = (X - running_mean) * inv_std
        running_mean, running_var = np.array(running_mean, dtype=float), np.array(running_var, dtype=float)
    else:
        raise ValueError(f"unknown batch-norm mode {mode!r}: use 'train' or 'eval'")
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": running_mean, "running_var": running_var}
    return gamma * x_hat + beta, cache


def batchnorm_backward(dout, cache):
    """Gradients of batch norm from dout (N, D): returns (dX (N, D), dgamma (D,), dbeta (D,)).

    dgamma = sum_n dout * x_hat, dbeta = sum_n dout. In train mode mu and var
    depend on X, so dX uses the standardisation backward over axis 0; in eval
    mode they are constants and dX = dout * gamma * inv_std, the cache's
    inv_std = 1 / sqrt(running_var + eps) with the eps the forward was given.
    """
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dx_hat = dout * gamma
    if cache["mode"] == "train":
        dX = _standardize_backward(dx_hat, x_hat, inv_std, 0)
    else:
        dX = dx_hat * inv_std
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)


def layernorm_forward(X, gamma, beta, eps=EPS):
    """Layer norm of X (N, D) over each row's D features, with gamma, beta (D,).

    mu, var = X.mean(1), X.var(1) per example; out = gamma * (X - mu) / sqrt(var + eps) + beta.
    Same in training and evaluation. Returns (out (N, D), cache = {"x_hat", "inv_std" (N, 1), "gamma"}).
    """
    x_hat, inv_std, _, _ = _standardize(X, 1, eps)
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    """Gradients of layer norm from dout (N, D): returns (dX (N, D), dgamma (D,), dbeta (D,)).

    dX is the standardisation backward over axis 1 applied to dout * gamma;
    dgamma = sum_n dout * x_hat, dbeta = sum_n dout.
    """
    x_hat = cache["x_hat"]
    dX = _standardize_backward(dout * cache["gamma"], x_hat, cache["inv_std"], 1)
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
