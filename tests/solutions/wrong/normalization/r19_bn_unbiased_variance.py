"""normalization.batchnorm_forward: Batch variance with Bessel's correction (X.var(0, ddof=1), the sample variance), not
the biased variance the docstring asks for.
"""

def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    """Batch variance with Bessel's correction (X.var(0, ddof=1), the sample variance), not the biased variance the docstring asks for."""
    X = np.asarray(X, dtype=float)
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0, ddof=1)
        rm = momentum * running_mean + (1 - momentum) * mu
        rv = momentum * running_var + (1 - momentum) * var
    else:
        mu, var = running_mean, running_var
        rm, rv = np.array(running_mean, dtype=float), np.array(running_var, dtype=float)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
                                  "running_mean": rm, "running_var": rv}
