"""normalization.batchnorm_forward: variance as E[x^2] - E[x]^2: catastrophic cancellation when features sit far from 0 (X ~ 1e4 + noise): a wrong or negative variance"""
import numpy as np


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=1e-5):
    if mode == "train":
        mu = X.mean(0)
        var = (X * X).mean(0) - mu * mu
        rm = momentum * running_mean + (1 - momentum) * mu
        rv = momentum * running_var + (1 - momentum) * var
    else:
        mu, var = running_mean, running_var
        rm, rv = running_mean.copy(), running_var.copy()
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                                  "running_mean": rm, "running_var": rv}
