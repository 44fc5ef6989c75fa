"""normalization.batchnorm_forward: PyTorch habit: the running variance is updated with the unbiased batch variance (ddof=1); out is right"""
import numpy as np


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=1e-5):
    if mode == "train":
        mu, var = X.mean(0), X.var(0)
        unbiased = X.var(0, ddof=1) if X.shape[0] > 1 else var
        rm = momentum * running_mean + (1 - momentum) * mu
        rv = momentum * running_var + (1 - momentum) * unbiased
    else:
        mu, var = running_mean, running_var
        rm, rv = running_mean.copy(), running_var.copy()
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                                  "running_mean": rm, "running_var": rv}
