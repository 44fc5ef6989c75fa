"""normalization.batchnorm_forward: model:evaluate() forgotten: eval mode still normalises with the batch statistics (and updates the running ones) instead of using running_mean, running_var."""


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=float)
    mu, var = X.mean(axis=0), X.var(axis=0)
    new_mean = momentum * running_mean + (1 - momentum) * mu
    new_var = momentum * running_var + (1 - momentum) * var
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                                  "running_mean": new_mean, "running_var": new_var}
