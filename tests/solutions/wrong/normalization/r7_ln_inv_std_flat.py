"""normalization.layernorm_forward: the cache's inv_std has shape (N,) (a plain mean over axis 1) instead of the documented (N, 1)."""

def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=float)
    mu, var = X.mean(1), X.var(1)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (X - mu[:, None]) * inv_std[:, None]
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
