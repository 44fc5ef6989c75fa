"""normalization.batchnorm_forward: the cache holds the running statistics from before this pass's update, not "as updated by this pass"."""

def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    cache = {"gamma": gamma, "mode": mode, "running_mean": running_mean, "running_var": running_var}
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0)
    else:
        mu, var = running_mean, running_var
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    cache.update(x_hat=x_hat, inv_std=inv_std)
    return gamma * x_hat + beta, cache
