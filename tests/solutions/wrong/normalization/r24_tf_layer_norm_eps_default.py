"""normalization.layernorm_forward: eps defaults to 1e-12 (tf.contrib.layers.layer_norm's) instead of the module's 1e-5: every call without eps standardises by sqrt(var + 1e-12)."""


def layernorm_forward(X, gamma, beta, eps=1e-12):
    mean = X.mean(axis=1, keepdims=True)
    variance = X.var(axis=1, keepdims=True)
    inv_std = 1 / np.sqrt(variance + eps)
    x_hat = (X - mean) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
