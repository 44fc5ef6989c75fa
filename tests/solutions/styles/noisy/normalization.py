"""Batch and layer norm (noisy style): prints statistics, warnings caught around the math."""

import warnings

import numpy as np

EPS = 1e-5
print("normalization.py: eps =", EPS)


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        if mode == "train":
            mu, var = X.mean(axis=0), X.var(axis=0)
            running_mean = momentum * np.asarray(running_mean) + (1 - momentum) * mu
            running_var = momentum * np.asarray(running_var) + (1 - momentum) * var
            print(f"batchnorm train: batch of {X.shape[0]}, mean |mu| {np.abs(mu).mean():.3g}")
        else:
            running_mean = np.array(running_mean, dtype=np.float64)
            running_var = np.array(running_var, dtype=np.float64)
            mu, var = running_mean, running_var
            print("batchnorm eval: running statistics")
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                                  "running_mean": running_mean, "running_var": running_var}


def batchnorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    x_hat, inv_std = cache["x_hat"], cache["inv_std"]
    g = dout * cache["gamma"]
    if cache["mode"] == "train":
        dX = (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) * inv_std
    else:
        dX = g * inv_std
    print("batchnorm backward,", cache["mode"], "mode")
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    with np.errstate(all="ignore"):
        mu = X.mean(axis=1, keepdims=True)
        var = X.var(axis=1, keepdims=True)
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (X - mu) * inv_std
    print("layernorm rows:", X.shape[0])
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}


def layernorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=np.float64)
    x_hat, inv_std = cache["x_hat"], cache["inv_std"]
    g = dout * cache["gamma"]
    dX = (g - g.mean(axis=1, keepdims=True) - x_hat * (g * x_hat).mean(axis=1, keepdims=True)) * inv_std
    print("layernorm backward done")
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)


print(layernorm_forward(np.array([[1.0, 2.0, 3.0, 4.0]]), np.ones(4), np.zeros(4))[0])
