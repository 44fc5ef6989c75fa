"""normalization.batchnorm_backward: the train-mode dX uses sums over the batch where the formula has means (missing 1/N)."""


def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache["x_hat"], cache["gamma"], cache["inv_std"]
    g = dout * gamma
    if cache["mode"] == "train":
        dX = (g - g.sum(0) - x_hat * (g * x_hat).sum(0)) * inv_std
    else:
        dX = g * inv_std
    return dX, (dout * x_hat).sum(0), dout.sum(0)
