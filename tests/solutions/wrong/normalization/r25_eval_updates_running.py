"""normalization.batchnorm_forward: eval mode normalises with the running statistics but still folds the batch's mean and variance into the returned running_mean and running_var"""
import numpy as np


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    batch_mu, batch_var = X.mean(axis=0), X.var(axis=0)
    new_mean = momentum * running_mean + (1.0 - momentum) * batch_mu
    new_var = momentum * running_var + (1.0 - momentum) * batch_var
    mu, var = (batch_mu, batch_var) if mode == "train" else (running_mean, running_var)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                                  "running_mean": new_mean, "running_var": new_var}
