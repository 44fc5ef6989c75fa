"""normalization.batchnorm_forward: Normalises with the biased batch variance but, like PyTorch's BatchNorm1d, feeds
the unbiased n/(n-1) variance into running_var.
"""

def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    """Normalises with the biased batch variance but, like PyTorch's BatchNorm1d, feeds the unbiased n/(n-1) variance into running_var."""
    if mode == "train":
        n = X.shape[0]
        mu, var = X.mean(0), X.var(0)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * X.var(0, ddof=1)
    else:
        mu, var = running_mean, running_var
        running_mean, running_var = np.array(running_mean), np.array(running_var)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": running_mean, "running_var": running_var}
    return gamma * x_hat + beta, cache
