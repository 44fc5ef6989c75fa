"""Batch and layer normalisation as Caffe's BatchNorm + Scale layer pair (style r24).

Caffe splits batch norm in two layers: BatchNorm standardises (its blobs hold
the running mean and variance, use_global_stats picks eval mode) and Scale
applies gamma and beta (bias_term: true). Each Backward_cpu below is one of
those layers; the public functions chain them and return plain arrays and
the caches the docstrings name.
"""

import numpy as np

EPS = 1e-5


def _standardize_forward(bottom, axis, eps, global_stats=None):
    """BatchNormLayer::Forward_cpu along `axis`: (x_hat, inv_std, mean, var)."""
    if global_stats is None:
        mean = bottom.mean(axis=axis, keepdims=True)
        var = ((bottom - mean) ** 2).mean(axis=axis, keepdims=True)
    else:
        mean, var = global_stats
    inv_std = 1.0 / np.sqrt(var + eps)
    return (bottom - mean) * inv_std, inv_std, mean, var


def _standardize_backward(top_diff, x_hat, inv_std, axis):
    """BatchNormLayer::Backward_cpu: (g - mean(g) - x_hat mean(g x_hat)) * inv_std along `axis`."""
    mean_diff = top_diff.mean(axis=axis, keepdims=True)
    mean_diff_dot = (top_diff * x_hat).mean(axis=axis, keepdims=True)
    return (top_diff - mean_diff - x_hat * mean_diff_dot) * inv_std


def _scale_forward(x_hat, gamma, beta):
    """ScaleLayer with bias_term: gamma * x_hat + beta, gamma and beta broadcast over rows."""
    return x_hat * gamma + beta


def _scale_backward(top_diff, x_hat, gamma):
    """ScaleLayer::Backward_cpu: (bottom_diff, scale_diff, bias_diff)."""
    return top_diff * gamma, (top_diff * x_hat).sum(axis=0), top_diff.sum(axis=0)


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    """Batch norm of X (N, D); returns (out (N, D), cache) with the updated running statistics in new arrays."""
    X = np.asarray(X, dtype=np.float64)
    use_global_stats = mode != "train"
    if use_global_stats:
        x_hat, inv_std, _, _ = _standardize_forward(X, 0, eps, (running_mean, running_var))
        new_mean = np.array(running_mean, dtype=np.float64)
        new_var = np.array(running_var, dtype=np.float64)
    else:
        x_hat, inv_std, mean, var = _standardize_forward(X, 0, eps)
        new_mean = momentum * running_mean + (1.0 - momentum) * mean.reshape(-1)
        new_var = momentum * running_var + (1.0 - momentum) * var.reshape(-1)
    inv_std = np.asarray(inv_std, dtype=np.float64).reshape(-1)
    out = _scale_forward(x_hat, gamma, beta)
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return out, cache


def batchnorm_backward(dout, cache):
    """(dX (N, D), dgamma (D,), dbeta (D,)): the Scale layer's backward, then the BatchNorm layer's."""
    bottom_diff, dgamma, dbeta = _scale_backward(dout, cache["x_hat"], cache["gamma"])
    if cache["mode"] == "train":
        dX = _standardize_backward(bottom_diff, cache["x_hat"], cache["inv_std"], 0)
    else:
        dX = bottom_diff * cache["inv_std"]
    return dX, dgamma, dbeta


def layernorm_forward(X, gamma, beta, eps=EPS):
    """Layer norm of X (N, D) over each row; returns (out, {"x_hat", "inv_std" (N, 1), "gamma"})."""
    X = np.asarray(X, dtype=np.float64)
    x_hat, inv_std, _, _ = _standardize_forward(X, 1, eps)
    return _scale_forward(x_hat, gamma, beta), {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    """(dX (N, D), dgamma (D,), dbeta (D,)) of layer norm."""
    bottom_diff, dgamma, dbeta = _scale_backward(dout, cache["x_hat"], cache["gamma"])
    return _standardize_backward(bottom_diff, cache["x_hat"], cache["inv_std"], 1), dgamma, dbeta
