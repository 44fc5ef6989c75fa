"""normalization.batchnorm_forward: folds the batch variance into running_var with Caffe's unbiased correction m / (m - 1), not the biased variance asked for."""


def batchnorm_forward(X, gamma, beta, running_mean, running_var, mode="train", momentum=0.9, eps=EPS):
    if mode == "train":
        m = X.shape[0]
        mu, var = X.mean(axis=0), X.var(axis=0)
        bias_correction = m / (m - 1) if m > 1 else 1.0
        new_mean = momentum * running_mean + (1 - momentum) * mu
        new_var = momentum * running_var + (1 - momentum) * var * bias_correction
    else:
        mu, var = running_mean, running_var
        new_mean, new_var = np.array(running_mean, dtype=float), np.array(running_var, dtype=float)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (X - mu) * inv_std
    cache = {"x_hat": x_hat, "inv_std": inv_std, "gamma": gamma, "mode": mode,
             "running_mean": new_mean, "running_var": new_var}
    return gamma * x_hat + beta, cache
