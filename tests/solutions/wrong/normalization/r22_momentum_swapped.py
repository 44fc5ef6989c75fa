"""normalization.batchnorm_forward: weights the running average the PyTorch way round (momentum * mu + (1 - momentum) * running) with the book's momentum 0.9."""

import numpy as np


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0)
        new_mean = momentum * mu + (1 - momentum) * running_mean
        new_var = momentum * var + (1 - momentum) * running_var
    else:
        mu, var = running_mean, running_var
        new_mean, new_var = running_mean.copy(), running_var.copy()
    std = np.sqrt(var + eps)
    xn = (X - mu) / std
    cache = {"x_hat": xn, "inv_std": 1.0 / std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return gamma * xn + beta, cache
