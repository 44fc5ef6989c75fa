"""normalization.batchnorm_forward: cache inv_std kept 2-D (1, D) from keepdims (right values, wrong shape; the docstring's statistics are (D,))"""

import numpy as np


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    if mode == "train":
        mu = X.mean(axis=0, keepdims=True)
        var = X.var(axis=0, keepdims=True)
        new_rm = momentum * running_mean + (1 - momentum) * mu[0]
        new_rv = momentum * running_var + (1 - momentum) * var[0]
    else:
        mu = running_mean[None, :]
        var = running_var[None, :]
        new_rm, new_rv = running_mean.copy(), running_var.copy()
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    out = gamma * x_hat + beta
    return out, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                 "running_mean": new_rm, "running_var": new_rv}
