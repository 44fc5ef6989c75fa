"""Exercise: batch normalisation and layer normalisation, forward and backward.

Both standardise, then scale and shift with learned gamma, beta:

    x_hat = (x - mu) / sqrt(var + eps),    y = gamma * x_hat + beta

with var the biased variance (divide by the count) and eps = 1e-5 by default.
Batch norm takes mu, var per feature over the batch (axis 0 of X (N, D));
layer norm per example over its features (axis 1). Return the caches exactly
as the docstrings name them: the grader hands caches made by the reference
to your backward functions. The backward of the standardisation along an
axis of m entries, with g = dL/dx_hat, is

    dx = (g - mean(g) - x_hat * mean(g * x_hat)) / sqrt(var + eps)
"""

import numpy as np

EPS = 1e-5


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
    raise NotImplementedError


def batchnorm_backward(dout, cache):
    """Gradients of batch norm from dout (N, D): returns (dX (N, D), dgamma (D,), dbeta (D,)).

    dgamma = sum_n dout * x_hat, dbeta = sum_n dout. In train mode mu and var
    depend on X, so dX uses the standardisation backward over axis 0; in eval
    mode they are constants and dX = dout * gamma * inv_std, the cache's
    inv_std = 1 / sqrt(running_var + eps) with the eps the forward was given.
    """
    raise NotImplementedError


def layernorm_forward(X, gamma, beta, eps=EPS):
    """Layer norm of X (N, D) over each row's D features, with gamma, beta (D,).

    mu, var = X.mean(1), X.var(1) per example; out = gamma * (X - mu) / sqrt(var + eps) + beta.
    Same in training and evaluation. Returns (out (N, D), cache = {"x_hat", "inv_std" (N, 1), "gamma"}).
    """
    raise NotImplementedError


def layernorm_backward(dout, cache):
    """Gradients of layer norm from dout (N, D): returns (dX (N, D), dgamma (D,), dbeta (D,)).

    dX is the standardisation backward over axis 1 applied to dout * gamma;
    dgamma = sum_n dout * x_hat, dbeta = sum_n dout.
    """
    raise NotImplementedError
