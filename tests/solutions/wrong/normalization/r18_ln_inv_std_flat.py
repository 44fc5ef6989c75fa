"""normalization.layernorm_forward: Keeps inv_std as a flat (N,) vector in the cache (broadcast by [:, None] only when
used), not the (N, 1) the docstring names.
"""

def layernorm_forward(X, gamma, beta, eps=EPS):
    """Keeps inv_std as a flat (N,) vector in the cache (broadcast by [:, None] only when used), not the (N, 1) the docstring names."""
    lnvar_inv = 1 / np.sqrt(X.var(1) + eps)
    x_hat = (X - X.mean(1)[:, None]) * lnvar_inv[:, None]
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": lnvar_inv, "gamma": gamma}
