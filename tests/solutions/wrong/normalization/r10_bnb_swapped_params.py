"""normalization.batchnorm_backward: dgamma and dbeta returned in each other's place"""


def batchnorm_backward(dout, cache):
    g = dout * cache["gamma"]
    xh, inv = cache["x_hat"], cache["inv_std"]
    dX = inv * (g - g.mean(0) - xh * (g * xh).mean(0)) if cache["mode"] == "train" else g * inv
    return dX, dout.sum(0), (dout * xh).sum(0)
