"""normalization.layernorm_forward: takes the mean per example but the variance per feature (axis 0): right only by accident."""

def layernorm_forward(X, gamma, beta, eps=EPS):
    mu = X.mean(axis=1, keepdims=True)
    inv_std = 1 / np.sqrt(((X - mu) ** 2).mean(axis=0, keepdims=True) + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
