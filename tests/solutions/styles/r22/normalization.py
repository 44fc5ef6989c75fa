"""Exercise: batch normalisation and layer normalisation, forward and backward.

Deep Learning from Scratch (Saitoh) style: the BatchNormalization layer's forward
(xc, std, xn) and its backward through dstd, dvar, dmu, written as functions over
the documented caches (xc is x_hat * std, std is 1 / inv_std).
"""

import numpy as np

EPS = 1e-5


def _standardise_backward(dxn, xn, inv_std, axis):
    """Saitoh's chain: xn = xc / std with xc = x - mu and std = sqrt(var + eps) along `axis`."""
    m = xn.shape[axis]
    std = 1.0 / inv_std
    xc = xn * std
    dxc = dxn / std
    dstd = -np.sum((dxn * xc) / (std * std), axis=axis, keepdims=True)
    dvar = 0.5 * dstd / std
    dxc = dxc + (2.0 / m) * xc * dvar
    dmu = np.sum(dxc, axis=axis, keepdims=True)
    return dxc - dmu / m


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
        mu = X.mean(axis=0)
        xc = X - mu
        var = np.mean(xc ** 2, axis=0)
        std = np.sqrt(var + eps)
        xn = xc / std
        new_mean = momentum * running_mean + (1 - momentum) * mu
        new_var = momentum * running_var + (1 - momentum) * var
    else:
        xc = X - running_mean
        std = np.sqrt(running_var + eps)
        xn = xc / std
        new_mean = np.array(running_mean, copy=True)
        new_var = np.array(running_var, copy=True)
    out = gamma * xn + beta
    cache = {"x_hat": xn, "inv_std": 1.0 / std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return out, cache


def batchnorm_backward(dout, cache):
    """Gradients of batch norm from dout (N, D): returns (dX (N, D), dgamma (D,), dbeta (D,)).

    dgamma = sum_n dout * x_hat, dbeta = sum_n dout. In train mode mu and var
    depend on X, so dX uses the standardisation backward over axis 0; in eval
    mode they are constants and dX = dout * gamma / sqrt(running_var + eps).
    """
    xn, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dbeta = dout.sum(axis=0)
    dgamma = np.sum(xn * dout, axis=0)
    dxn = gamma * dout
    if cache["mode"] == "train":
        dx = _standardise_backward(dxn, xn, np.reshape(inv_std, (1, -1)), axis=0)
    else:
        dx = dxn * inv_std  # 1 / sqrt(running_var + eps), whatever eps the forward used
    return dx, dgamma, dbeta


def layernorm_forward(X, gamma, beta, eps=EPS):
    """Layer norm of X (N, D) over each row's D features, with gamma, beta (D,).

    mu, var = X.mean(1), X.var(1) per example; out = gamma * (X - mu) / sqrt(var + eps) + beta.
    Same in training and evaluation. Returns (out (N, D), cache = {"x_hat", "inv_std" (N, 1), "gamma"}).
    """
    mu = X.mean(axis=1, keepdims=True)
    xc = X - mu
    var = np.mean(xc ** 2, axis=1, keepdims=True)
    std = np.sqrt(var + eps)
    xn = xc / std
    out = gamma * xn + beta
    return out, {"x_hat": xn, "inv_std": 1.0 / std, "gamma": gamma}


def layernorm_backward(dout, cache):
    """Gradients of layer norm from dout (N, D): returns (dX (N, D), dgamma (D,), dbeta (D,)).

    dX is the standardisation backward over axis 1 applied to dout * gamma;
    dgamma = sum_n dout * x_hat, dbeta = sum_n dout.
    """
    xn, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dbeta = dout.sum(axis=0)
    dgamma = np.sum(xn * dout, axis=0)
    dx = _standardise_backward(gamma * dout, xn, np.reshape(inv_std, (-1, 1)), axis=1)
    return dx, dgamma, dbeta
