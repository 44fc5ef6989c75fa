"""normalization.batchnorm_forward: updates running_var with the unbiased batch variance (ddof=1, as PyTorch does) while normalising with the biased one; the exercise uses the biased variance throughout."""

def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    X = np.asarray(X, dtype=float)
    if mode == "train":
        mu, var = X.mean(0), X.var(0)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * X.var(0, ddof=1)
    else:
        mu, var = running_mean, running_var
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                                  "running_mean": running_mean, "running_var": running_var}
