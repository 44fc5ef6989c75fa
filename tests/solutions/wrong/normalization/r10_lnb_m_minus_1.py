"""normalization.layernorm_backward: the means of the backward divide by D - 1 instead of D"""


def layernorm_backward(dout, cache):
    g = dout * cache["gamma"]
    xh = cache["x_hat"]
    d = g.shape[1]
    s1 = g.sum(1, keepdims=True) / max(d - 1, 1)
    s2 = (g * xh).sum(1, keepdims=True) / max(d - 1, 1)
    return cache["inv_std"] * (g - s1 - xh * s2), (dout * xh).sum(0), dout.sum(0)
