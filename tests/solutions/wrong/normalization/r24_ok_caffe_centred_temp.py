"""normalization.batchnorm_forward: right: batch variance as Caffe computes it, E[(x - mu)^2] through the centred copy it keeps (temp_), the running statistics in new arrays."""


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    if mode == "train":
        mu = X.sum(axis=0) / X.shape[0]
        temp = X - mu
        var = (temp * temp).sum(axis=0) / X.shape[0]
        new_mean = momentum * running_mean + (1 - momentum) * mu
        new_var = momentum * running_var + (1 - momentum) * var
    else:
        mu, var = running_mean, running_var
        new_mean, new_var = running_mean.copy(), running_var.copy()
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return x_hat * gamma + beta, cache
