"""normalization.layernorm_forward: statistics over axis 0 (the batch, as batch norm) instead of each row's features; inv_std (1, D)."""

def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    mu = X.mean(axis=0, keepdims=True)
    inv_std = 1.0 / np.sqrt(X.var(axis=0, keepdims=True) + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
