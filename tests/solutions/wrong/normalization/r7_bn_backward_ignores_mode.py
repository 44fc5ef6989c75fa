"""normalization.batchnorm_backward: always back-propagates through the batch statistics, also for an eval-mode cache where mu and var are constants."""

def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = dout * gamma
    dX = (g - g.mean(0) - x_hat * (g * x_hat).mean(0)) * inv_std
    return dX, (dout * x_hat).sum(0), dout.sum(0)
