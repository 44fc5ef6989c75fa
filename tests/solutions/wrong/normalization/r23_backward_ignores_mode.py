"""normalization.batchnorm_backward: always the train-mode backward (mean and variance treated as depending on X), also for an eval-mode cache."""


def batchnorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=float)
    x_hat, inv_std = cache["x_hat"], cache["inv_std"]
    g = dout * cache["gamma"]
    dX = (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) * inv_std
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
