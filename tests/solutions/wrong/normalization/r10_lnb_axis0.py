"""normalization.layernorm_backward: the standardisation backward taken over axis 0 (batch norm's) instead of each row"""


def layernorm_backward(dout, cache):
    g = dout * cache["gamma"]
    xh = cache["x_hat"]
    dX = cache["inv_std"] * (g - g.mean(0) - xh * (g * xh).mean(0))
    return dX, (dout * xh).sum(0), dout.sum(0)
