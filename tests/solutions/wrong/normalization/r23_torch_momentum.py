"""normalization.batchnorm_forward: Torch's momentum convention: running <- (1 - momentum) * running + momentum * batch statistic, so with momentum = 0.9 the batch gets 0.9 and the old value 0.1."""


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=float)
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0)
        new_mean = (1 - momentum) * running_mean + momentum * mu
        new_var = (1 - momentum) * running_var + momentum * var
    else:
        mu, var = np.array(running_mean, dtype=float), np.array(running_var, dtype=float)
        new_mean, new_var = mu.copy(), var.copy()
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                                  "running_mean": new_mean, "running_var": new_var}
