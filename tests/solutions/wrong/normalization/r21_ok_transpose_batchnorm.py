"""normalization.layernorm_forward: right: layer norm as the batch statistics of t(X) (features-by-observations), transposed back; the cache in the documented layouts."""

def layernorm_forward(X, gamma, beta, eps=1e-5):
    Xt = np.asarray(X, dtype=float).T
    mu, var = Xt.mean(axis=0), Xt.var(axis=0)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = ((Xt - mu) * inv_std).T
    return x_hat * gamma + beta, {"x_hat": x_hat, "inv_std": inv_std[:, None], "gamma": gamma}
