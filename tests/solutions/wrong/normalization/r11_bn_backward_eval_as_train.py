"""normalization.batchnorm_backward: uses the train-mode formula in eval mode too (the statistics are constants there)"""


def batchnorm_backward(dout, cache):
    x_hat, inv_std = cache["x_hat"], cache["inv_std"]
    g = dout * cache["gamma"]
    dX = (g - g.mean(0) - x_hat * (g * x_hat).mean(0)) * inv_std
    return dX, (dout * x_hat).sum(0), dout.sum(0)
