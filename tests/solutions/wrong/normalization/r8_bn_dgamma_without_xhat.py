"""normalization.batchnorm_backward: dgamma = sum_n dout, the x_hat factor forgotten (equal to dbeta)."""


def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache["x_hat"], cache["gamma"], cache["inv_std"]
    g = dout * gamma
    if cache["mode"] == "train":
        dX = (g - g.mean(0) - x_hat * (g * x_hat).mean(0)) * inv_std
    else:
        dX = g * inv_std
    return dX, dout.sum(0), dout.sum(0)
