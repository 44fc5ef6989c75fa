"""normalization.batchnorm_forward: tf.layers.batch_normalization's defaults momentum=0.99 and epsilon=1e-3 in the signature instead of 0.9 and 1e-5."""


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.99, eps=1e-3):
    if mode == "train":
        mu, var = X.mean(axis=0), X.var(axis=0)
        new_mean = momentum * running_mean + (1 - momentum) * mu
        new_var = momentum * running_var + (1 - momentum) * var
    else:
        mu, var = running_mean, running_var
        new_mean, new_var = np.array(running_mean, dtype=float), np.array(running_var, dtype=float)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return gamma * x_hat + beta, cache
