"""normalization.layernorm_forward: Right: computes with per-row statistics of shape (N,) and returns inv_std reshaped
to (N, 1) as documented; X - mu by broadcasting the column.
"""

def layernorm_forward(X, gamma, beta, eps=EPS):
    """Right: computes with per-row statistics of shape (N,) and returns inv_std reshaped to (N, 1) as documented; X - mu by broadcasting the column."""
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=1)
    inv_std = 1.0 / np.sqrt(X.var(axis=1) + eps)
    x_hat = (X - mu[:, None]) * inv_std[:, None]
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std.reshape(-1, 1), "gamma": gamma}
