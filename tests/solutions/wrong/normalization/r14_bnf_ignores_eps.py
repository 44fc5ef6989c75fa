"""normalization.batchnorm_forward: standardises with the module's EPS, ignoring the eps argument (right only for the default eps)"""

import numpy as np


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0)
        new_rm = momentum * running_mean + (1 - momentum) * mu
        new_rv = momentum * running_var + (1 - momentum) * var
    else:
        mu, var = running_mean, running_var
        new_rm, new_rv = running_mean.copy(), running_var.copy()
    inv_std = 1.0 / np.sqrt(var + EPS)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                                  "running_mean": new_rm, "running_var": new_rv}
