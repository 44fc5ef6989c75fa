"""normalization.layernorm_forward: Keras's normalization default epsilon=1e-3 written into the signature instead of EPS = 1e-5."""

def layernorm_forward(X, gamma, beta, eps=1e-3):
    mu, var = X.mean(axis=1, keepdims=True), X.var(axis=1, keepdims=True)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
