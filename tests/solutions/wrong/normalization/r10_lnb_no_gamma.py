"""normalization.layernorm_backward: dX from dout without the gamma factor"""


def layernorm_backward(dout, cache):
    xh, inv = cache["x_hat"], cache["inv_std"]
    m1 = dout.mean(axis=1, keepdims=True)
    m2 = (dout * xh).mean(axis=1, keepdims=True)
    return inv * (dout - m1 - xh * m2), (dout * xh).sum(axis=0), dout.sum(axis=0)
