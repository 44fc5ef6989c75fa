"""normalization.batchnorm_forward: eval mode also moves the running statistics towards the batch's"""

import numpy as np


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    mu_b, var_b = X.mean(axis=0), X.var(axis=0)
    new_mean = momentum * running_mean + (1 - momentum) * mu_b
    new_var = momentum * running_var + (1 - momentum) * var_b
    mu, var = (mu_b, var_b) if mode == "train" else (running_mean, running_var)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                                  "running_mean": new_mean, "running_var": new_var}
