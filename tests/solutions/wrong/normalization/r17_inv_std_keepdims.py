"""normalization.batchnorm_forward: the cache's inv_std kept as a (1, D) row (keepdims statistics) where the docstring gives (D,).

Habit: fast.ai-style keepdims statistics, as layer norm's (N, 1) inv_std. Written as an r17_ok file while the
docstring left batch norm's inv_std shape unsaid (the grader wanted (D,) already: 0.5/5.5); the docstring now says (D,).
"""


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    if mode == "train":
        mu, var = X.mean(0, keepdims=True), X.var(0, keepdims=True)
        new_mean = momentum * running_mean + (1 - momentum) * mu[0]
        new_var = momentum * running_var + (1 - momentum) * var[0]
    else:
        mu, var = running_mean[None, :], running_var[None, :]
        new_mean, new_var = running_mean.copy(), running_var.copy()
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return gamma * x_hat + beta, cache
