"""normalization.layernorm_forward: the eps argument ignored for the float32 1e-7 (nanmean/nanvar otherwise right)."""


def layernorm_forward(X, gamma, beta, eps=1e-5):
    mu = np.nanmean(X, axis=1, keepdims=True)
    inv_std = 1 / np.sqrt(np.nanvar(X, axis=1, keepdims=True) + 1e-7)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
