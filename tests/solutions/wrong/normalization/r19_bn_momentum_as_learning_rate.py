"""normalization.batchnorm_forward: Running statistics move by the momentum toward the batch (r <- (1 - momentum) r +
momentum mu), the weights of the two terms swapped.
"""

def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    """Running statistics move by the momentum toward the batch (r <- (1 - momentum) r + momentum mu), the weights of the two terms swapped."""
    X = np.asarray(X, dtype=float)
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0)
        rm = (1 - momentum) * running_mean + momentum * mu
        rv = (1 - momentum) * running_var + momentum * var
    else:
        mu, var = running_mean, running_var
        rm, rv = np.array(running_mean, dtype=float), np.array(running_var, dtype=float)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                                  "running_mean": rm, "running_var": rv}
