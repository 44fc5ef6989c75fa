"""normalization.layernorm_forward: divides by sqrt(var) + eps instead of sqrt(var + eps) (visible when a row's variance is small).

Habit: fast.ai-style (x - m) / (x.std() + eps) normalisation of inputs.
"""


def layernorm_forward(X, gamma, beta, eps=EPS):
    mu = X.mean(1, keepdims=True)
    inv_std = 1.0 / (np.sqrt(X.var(1, keepdims=True)) + eps)
    x_hat = (X - mu) * inv_std
    return gamma * x_hat + beta, {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
