"""normalization.layernorm_forward: statistics over the batch (axis 0) instead of each example's features"""


def layernorm_forward(X, gamma, beta, eps=EPS):
    mu, var = X.mean(0, keepdims=True), X.var(0, keepdims=True)
    inv_std = (var + eps) ** -0.5
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
