"""normalization.batchnorm_forward: running statistics updated as running.lerp(batch, momentum), i.e. (1 - momentum) * running + momentum * batch.

Habit: fast.ai's BatchNorm, self.means.lerp_(m, self.mom), where mom is the weight of the new batch (0.1).
"""


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    if mode == "train":
        mu, var = X.mean(0), X.var(0)
        new_mean = running_mean + momentum * (mu - running_mean)
        new_var = running_var + momentum * (var - running_var)
    else:
        mu, var = running_mean, running_var
        new_mean, new_var = running_mean.copy(), running_var.copy()
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return gamma * x_hat + beta, cache
