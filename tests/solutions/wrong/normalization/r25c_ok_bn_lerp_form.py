"""normalization.batchnorm_forward: Right: torch's lerp form r + (1 - momentum)(stat - r) equals momentum r + (1 - momentum) stat."""

def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0)
        running_mean = running_mean + (1 - momentum) * (mu - running_mean)
        running_var = running_var + (1 - momentum) * (var - running_var)
    else:
        mu, var = running_mean, running_var
    inv_std = np.reciprocal(np.sqrt(var + eps))
    x_hat = (X - mu) * inv_std
    cache = dict(x_hat=x_hat, inv_std=inv_std, gamma=gamma, mode=mode,
                 running_mean=running_mean, running_var=running_var)
    return gamma * x_hat + beta, cache
