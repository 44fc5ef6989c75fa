"""normalization.batchnorm_forward: keeps the running statistics in a module-level dict, read from the arguments only on the first call, so later calls ignore the running_mean / running_var they are given"""

import numpy as np

_r14mr_running = {}


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    if not _r14mr_running:
        _r14mr_running["mean"], _r14mr_running["var"] = np.array(running_mean, dtype=float), np.array(running_var, dtype=float)
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0)
        _r14mr_running["mean"] = momentum * _r14mr_running["mean"] + (1 - momentum) * mu
        _r14mr_running["var"] = momentum * _r14mr_running["var"] + (1 - momentum) * var
    else:
        mu, var = _r14mr_running["mean"], _r14mr_running["var"]
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                                  "running_mean": _r14mr_running["mean"].copy(),
                                  "running_var": _r14mr_running["var"].copy()}
