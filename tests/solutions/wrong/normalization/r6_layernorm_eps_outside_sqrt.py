"""normalization.layernorm_forward: 1 / (sqrt(var) + eps) instead of 1 / sqrt(var + eps): differs most for rows of small variance."""

def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=np.float64)
    mu = X.mean(axis=1, keepdims=True)
    inv_std = 1.0 / (np.sqrt(X.var(axis=1, keepdims=True)) + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
