"""normalization.batchnorm_backward: eval mode also uses the train formula, as if the running statistics depended on X."""


def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache["x_hat"], cache["gamma"], cache["inv_std"]
    g = dout * gamma
    dX = (g - g.mean(0) - x_hat * (g * x_hat).mean(0)) * inv_std
    return dX, (dout * x_hat).sum(0), dout.sum(0)
