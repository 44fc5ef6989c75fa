"""normalization.batchnorm_backward: drops the x_hat * mean(g * x_hat) term (the variance's dependence on X)"""


def batchnorm_backward(dout, cache):
    g = dout * cache["gamma"]
    if cache["mode"] == "train":
        dX = (g - g.mean(axis=0)) * cache["inv_std"]
    else:
        dX = g * cache["inv_std"]
    return dX, (dout * cache["x_hat"]).sum(axis=0), dout.sum(axis=0)
