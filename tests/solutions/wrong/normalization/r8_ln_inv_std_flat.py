"""normalization.layernorm_forward: caches inv_std with shape (N,) instead of the (N, 1) the docstring names (out is right)."""


def layernorm_forward(X, gamma, beta, eps=1e-5):
    mu = X.mean(1)
    inv_std = 1 / np.sqrt(X.var(1) + eps)
    x_hat = (X - mu[:, None]) * inv_std[:, None]
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
