"""normalization.batchnorm_forward: updates the caller's running_mean / running_var in place (*=, +=) like a layer's buffers, instead of returning new arrays."""

import numpy as np


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    if mode == "train":
        mu = X.mean(axis=0)
        var = X.var(axis=0)
        running_mean *= momentum
        running_mean += (1 - momentum) * mu
        running_var *= momentum
        running_var += (1 - momentum) * var
    else:
        mu, var = running_mean, running_var
    std = np.sqrt(var + eps)
    xn = (X - mu) / std
    cache = {"x_hat": xn, "inv_std": 1.0 / std, "gamma": gamma, "mode": mode,
             "running_mean": running_mean, "running_var": running_var}
    return gamma * xn + beta, cache
