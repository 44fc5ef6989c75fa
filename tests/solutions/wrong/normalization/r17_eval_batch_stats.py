"""normalization.batchnorm_forward: evaluation mode still standardises with the batch's own mean and variance (only the update is skipped).

Habit: fast.ai's first BatchNorm, whose forward always uses the batch statistics.
"""


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    mu, var = X.mean(0), X.var(0)
    if mode == "train":
        new_mean = momentum * running_mean + (1 - momentum) * mu
        new_var = momentum * running_var + (1 - momentum) * var
    else:
        new_mean, new_var = running_mean.copy(), running_var.copy()
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return gamma * x_hat + beta, cache
