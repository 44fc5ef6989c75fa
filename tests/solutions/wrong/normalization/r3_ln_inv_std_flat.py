"""normalization.layernorm_forward: the cached inv_std has shape (N,) instead of the (N, 1) the docstring names (out is right)."""

def layernorm_forward(X, gamma, beta, eps=EPS):
    mu, var = X.mean(axis=1), X.var(axis=1)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (X - mu[:, None]) * inv_std[:, None]
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
