"""normalization.layernorm_forward: uses the module's EPS, not the eps argument: wrong whenever a caller passes another eps."""

def layernorm_forward(X, gamma, beta, eps=EPS):
    mu, var = X.mean(axis=1, keepdims=True), X.var(axis=1, keepdims=True)
    inv_std = 1 / np.sqrt(var + EPS)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
