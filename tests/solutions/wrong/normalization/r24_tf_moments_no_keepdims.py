"""normalization.layernorm_forward: tf.nn.moments(x, axes=[1]) without keep_dims: the cache's inv_std is (N,), not the (N, 1) the docstring names (out itself is right)."""


def layernorm_forward(X, gamma, beta, eps=EPS):
    mean = X.mean(axis=1)
    variance = X.var(axis=1)
    inv_std = 1 / np.sqrt(variance + eps)
    x_hat = (X - mean[:, None]) * inv_std[:, None]
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
