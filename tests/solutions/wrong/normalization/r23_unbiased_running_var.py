"""normalization.batchnorm_forward: the running variance is updated with the unbiased batch variance (N / (N - 1), as Torch's nn.BatchNormalization does) instead of the biased one."""


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=float)
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0)
        n = X.shape[0]
        unbiased = var * n / max(n - 1, 1)
        new_mean = momentum * running_mean + (1 - momentum) * mu
        new_var = momentum * running_var + (1 - momentum) * unbiased
    else:
        mu, var = np.array(running_mean, dtype=float), np.array(running_var, dtype=float)
        new_mean, new_var = mu.copy(), var.copy()
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                                  "running_mean": new_mean, "running_var": new_var}
