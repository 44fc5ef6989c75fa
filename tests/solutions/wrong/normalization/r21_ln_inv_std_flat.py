"""normalization.layernorm_forward: caches inv_std with shape (N,) (what apply(X, 1, sd) gives) instead of the documented (N, 1)."""

def layernorm_forward(X, gamma, beta, eps=1e-5):
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=1)
    inv_std = 1.0 / np.sqrt(X.var(axis=1) + eps)
    x_hat = (X - mu[:, None]) * inv_std[:, None]
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
