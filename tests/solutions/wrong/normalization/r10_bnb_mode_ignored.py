"""normalization.batchnorm_backward: always the train-mode backward, also in eval mode where mu and var are constants"""


def batchnorm_backward(dout, cache):
    g = dout * cache["gamma"]
    xh = cache["x_hat"]
    dX = cache["inv_std"] * (g - g.mean(0) - xh * (g * xh).mean(0))
    return dX, (dout * xh).sum(0), dout.sum(0)
