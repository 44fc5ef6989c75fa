"""normalization.batchnorm_forward: RIGHT: in eval mode the cache holds the caller's running_mean and running_var themselves (unchanged, as the docstring says; no copies)"""
import numpy as np


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=1e-5):
    if mode == "eval":
        mu, var, rm, rv = running_mean, running_var, running_mean, running_var
    else:
        mu, var = X.mean(0), X.var(0)
        rm = momentum * running_mean + (1 - momentum) * mu
        rv = momentum * running_var + (1 - momentum) * var
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                                  "running_mean": rm, "running_var": rv}
