"""normalization.layernorm_backward: dX from dout itself, the factor gamma forgotten"""


def layernorm_backward(dout, cache):
    x_hat, inv_std = cache["x_hat"], cache["inv_std"]
    g = dout
    dX = (g - g.mean(1, keepdims=True) - x_hat * (g * x_hat).mean(1, keepdims=True)) * inv_std
    return dX, (dout * x_hat).sum(0), dout.sum(0)
