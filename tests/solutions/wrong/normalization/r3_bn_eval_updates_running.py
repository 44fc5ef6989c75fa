"""normalization.batchnorm_forward: eval mode normalises with the running statistics but still folds the batch statistics into
them, so the returned running_mean/var change in eval (the docstring says unchanged)."""

def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    mu_b, var_b = X.mean(axis=0), X.var(axis=0)
    mu, var = (mu_b, var_b) if mode == "train" else (running_mean, running_var)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    running_mean = momentum * running_mean + (1 - momentum) * mu_b
    running_var = momentum * running_var + (1 - momentum) * var_b
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": running_mean, "running_var": running_var}
    return gamma * x_hat + beta, cache
