"""normalization.batchnorm_forward: RIGHT: keepdims statistics, so the cache's inv_std is a (1, D) row (the same values; its shape is not documented)."""


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    if mode == "train":
        mu, var = X.mean(0, keepdims=True), X.var(0, keepdims=True)
        new_mean = momentum * running_mean + (1 - momentum) * mu[0]
        new_var = momentum * running_var + (1 - momentum) * var[0]
    else:
        mu, var = running_mean[None, :], running_var[None, :]
        new_mean, new_var = running_mean.copy(), running_var.copy()
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return gamma * x_hat + beta, cache
