"""normalization.layernorm_backward: dgamma and dbeta summed over the features (axis 1, shape (N,)) instead of the batch"""


def layernorm_backward(dout, cache):
    g = dout * cache["gamma"]
    xh = cache["x_hat"]
    dX = cache["inv_std"] * (g - g.mean(1, keepdims=True) - xh * (g * xh).mean(1, keepdims=True))
    return dX, (dout * xh).sum(1), dout.sum(1)
