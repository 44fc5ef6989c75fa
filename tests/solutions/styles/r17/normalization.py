"""Batch and layer normalisation (habit: fast.ai's from-the-foundations course: Module classes whose
__call__ runs forward and whose backward() stores .g on the input; the stub's functions wrap them and
turn the modules' state into the documented caches)."""

import numpy as np

EPS = 1e-5


class _Standardise:
    """x_hat = (x - mean) / sqrt(var + eps) along `axis`; backward() sets self.g = dL/dx from dL/dx_hat."""

    def __init__(self, axis, eps):
        self.axis, self.eps = axis, eps

    def __call__(self, x, mean=None, var=None):
        if mean is None:
            mean, var = x.mean(self.axis, keepdims=True), x.var(self.axis, keepdims=True)
        self.inv_std = 1.0 / np.sqrt(var + self.eps)
        self.out = (x - mean) * self.inv_std
        return self.out

    def backward(self, out_g):
        g, x_hat = out_g, self.out
        self.g = (g - g.mean(self.axis, keepdims=True)
                  - x_hat * (g * x_hat).mean(self.axis, keepdims=True)) * self.inv_std
        return self.g


class _ScaleShift:
    """y = gamma * x_hat + beta; backward() stores gamma.g, beta.g as attributes and returns x_hat's g."""

    def __call__(self, x_hat, gamma, beta):
        self.x_hat, self.gamma = x_hat, gamma
        return gamma * x_hat + beta

    def backward(self, out_g):
        self.gamma_g = (out_g * self.x_hat).sum(0)
        self.beta_g = out_g.sum(0)
        return out_g * self.gamma


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
    std = _Standardise(axis=0, eps=eps)
    if mode == "train":
        x_hat = std(X)
        mu, var = X.mean(0), X.var(0)
        new_mean = momentum * running_mean + (1 - momentum) * mu
        new_var = momentum * running_var + (1 - momentum) * var
    else:
        x_hat = std(X, running_mean, running_var)
        new_mean, new_var = running_mean.copy(), running_var.copy()
    out = _ScaleShift()(x_hat, gamma, beta)
    cache = {"x_hat": x_hat, "inv_std": std.inv_std.reshape(-1), "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return out, cache


def batchnorm_backward(dout, cache):
    """Gradients of batch norm from dout (N, D): returns (dX (N, D), dgamma (D,), dbeta (D,)).

    dgamma = sum_n dout * x_hat, dbeta = sum_n dout. In train mode mu and var
    depend on X, so dX uses the standardisation backward over axis 0; in eval
    mode they are constants and dX = dout * gamma * inv_std, the cache's
    inv_std = 1 / sqrt(running_var + eps) with the eps the forward was given.
    """
    affine = _ScaleShift()
    affine(cache["x_hat"], cache["gamma"], 0.0)
    xhat_g = affine.backward(dout)
    if cache["mode"] == "train":
        std = _Standardise(axis=0, eps=0.0)
        std.out, std.inv_std = cache["x_hat"], cache["inv_std"]
        dX = std.backward(xhat_g)
    else:
        dX = xhat_g * cache["inv_std"]
    return dX, affine.gamma_g, affine.beta_g


def layernorm_forward(X, gamma, beta, eps=EPS):
    """Layer norm of X (N, D) over each row's D features, with gamma, beta (D,).

    mu, var = X.mean(1), X.var(1) per example; out = gamma * (X - mu) / sqrt(var + eps) + beta.
    Same in training and evaluation. Returns (out (N, D), cache = {"x_hat", "inv_std" (N, 1), "gamma"}).
    """
    std = _Standardise(axis=1, eps=eps)
    x_hat = std(X)
    out = _ScaleShift()(x_hat, gamma, beta)
    return out, {"x_hat": x_hat, "inv_std": std.inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    """Gradients of layer norm from dout (N, D): returns (dX (N, D), dgamma (D,), dbeta (D,)).

    dX is the standardisation backward over axis 1 applied to dout * gamma;
    dgamma = sum_n dout * x_hat, dbeta = sum_n dout.
    """
    affine = _ScaleShift()
    affine(cache["x_hat"], cache["gamma"], 0.0)
    xhat_g = affine.backward(dout)
    std = _Standardise(axis=1, eps=0.0)
    std.out, std.inv_std = cache["x_hat"], cache["inv_std"]
    return std.backward(xhat_g), affine.gamma_g, affine.beta_g
