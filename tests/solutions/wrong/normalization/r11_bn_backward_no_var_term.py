"""normalization.batchnorm_backward: train dX forgets the variance path: (g - mean(g)) * inv_std"""


def batchnorm_backward(dout, cache):
    x_hat, inv_std = cache["x_hat"], cache["inv_std"]
    g = dout * cache["gamma"]
    if cache["mode"] == "train":
        dX = (g - g.mean(0)) * inv_std
    else:
        dX = g * inv_std
    return dX, (dout * x_hat).sum(0), dout.sum(0)
