"""normalization.batchnorm_forward: updates running_mean/var in place like a PyTorch module's buffers (the caller's arrays change)."""

def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0)
        running_mean *= momentum
        running_mean += (1 - momentum) * mu
        running_var *= momentum
        running_var += (1 - momentum) * var
    else:
        mu, var = running_mean, running_var
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": running_mean, "running_var": running_var}
    return gamma * x_hat + beta, cache
