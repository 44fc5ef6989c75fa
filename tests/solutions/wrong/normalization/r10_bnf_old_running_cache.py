"""normalization.batchnorm_forward: the cache holds the running statistics from before this pass's update"""

import numpy as np


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    cache = {"gamma": gamma, "mode": mode, "running_mean": running_mean, "running_var": running_var}
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0)
    else:
        mu, var = running_mean, running_var
    cache["inv_std"] = 1 / np.sqrt(var + eps)
    cache["x_hat"] = (X - mu) * cache["inv_std"]
    return gamma * cache["x_hat"] + beta, cache
