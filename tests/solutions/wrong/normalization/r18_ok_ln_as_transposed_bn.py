"""normalization.layernorm_forward: Right: layer norm as batch-norm statistics of X.T (features on axis 0), transposed
back; inv_std reshaped to (N, 1).
"""

def layernorm_forward(X, gamma, beta, eps=EPS):
    """Right: layer norm as batch-norm statistics of X.T (features on axis 0), transposed back; inv_std reshaped to (N, 1)."""
    XT = X.T
    mu = XT.mean(0)
    var = ((XT - mu) ** 2).mean(0)
    inv_std = (var + eps) ** -0.5
    x_hat = ((XT - mu) * inv_std).T
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std.reshape(-1, 1), "gamma": gamma}
