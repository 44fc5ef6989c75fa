"""Batch and layer normalisation as Lua Torch7 nn modules would port them: updateOutput saves
the normalised input and the inverse std (Torch's save_mean / save_std), updateGradInput and
accGradParameters read them back. The state that Torch kept on self travels in the cache here,
and the running statistics come back as new tensors, never the caller's updated in place."""

import numpy as np

EPS = 1e-5


def _standardize_backward(gradOutput, x_hat, invstd, dim):
    """updateGradInput of (x - mean) * invstd along `dim`, given gradOutput w.r.t. x_hat."""
    gradMean = gradOutput.mean(axis=dim, keepdims=True)
    dotp = (gradOutput * x_hat).mean(axis=dim, keepdims=True)
    return (gradOutput - gradMean - x_hat * dotp) * invstd


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    """Batch norm of X (N, D): returns (out (N, D), cache) with cache = {"x_hat", "inv_std" (D,), "gamma",
    "mode", "running_mean", "running_var"}, the running statistics after this pass in new arrays.

    momentum here is the share kept of the old running value (Torch's nn.BatchNormalization
    calls 1 - this its momentum).
    """
    input = np.asarray(X, dtype=float)
    if mode == "train":
        save_mean = input.mean(axis=0)
        var = input.var(axis=0)
        new_mean = momentum * running_mean + (1.0 - momentum) * save_mean
        new_var = momentum * running_var + (1.0 - momentum) * var
    else:
        save_mean = np.array(running_mean, dtype=float)
        var = np.array(running_var, dtype=float)
        new_mean, new_var = save_mean.copy(), var.copy()
    save_std = 1.0 / np.sqrt(var + eps)
    x_hat = (input - save_mean) * save_std
    output = gamma * x_hat + beta
    cache = {"x_hat": x_hat, "inv_std": save_std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return output, cache


def batchnorm_backward(dout, cache):
    """Gradients of batch norm from dout (N, D): returns (dX (N, D), dgamma (D,), dbeta (D,))."""
    gradOutput = np.asarray(dout, dtype=float)
    x_hat, invstd, weight = cache["x_hat"], cache["inv_std"], cache["gamma"]
    # accGradParameters, into fresh tensors (no gradWeight left over from an earlier call)
    gradWeight = (gradOutput * x_hat).sum(axis=0)
    gradBias = gradOutput.sum(axis=0)
    if cache["mode"] == "train":
        gradInput = _standardize_backward(gradOutput * weight, x_hat, invstd, 0)
    else:
        gradInput = gradOutput * weight * invstd
    return gradInput, gradWeight, gradBias


def layernorm_forward(X, gamma, beta, eps=EPS):
    """Layer norm of X (N, D) over each row: returns (out (N, D), cache = {"x_hat", "inv_std" (N, 1), "gamma"})."""
    input = np.asarray(X, dtype=float)
    mean = input.mean(axis=1, keepdims=True)
    invstd = 1.0 / np.sqrt(input.var(axis=1, keepdims=True) + eps)
    x_hat = (input - mean) * invstd
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": invstd, "gamma": gamma}


def layernorm_backward(dout, cache):
    """Gradients of layer norm from dout (N, D): returns (dX (N, D), dgamma (D,), dbeta (D,))."""
    gradOutput = np.asarray(dout, dtype=float)
    x_hat = cache["x_hat"]
    gradInput = _standardize_backward(gradOutput * cache["gamma"], x_hat, cache["inv_std"], 1)
    return gradInput, (gradOutput * x_hat).sum(axis=0), gradOutput.sum(axis=0)
