"""normalization.layernorm_forward: cache "inv_std" is (N,) (Torch's save_std vector) instead of the documented (N, 1)."""


def layernorm_forward(X, gamma, beta, eps=EPS):
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=1)
    save_std = 1.0 / np.sqrt(X.var(axis=1) + eps)
    x_hat = (X - mean[:, None]) * save_std[:, None]
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": save_std, "gamma": gamma}
