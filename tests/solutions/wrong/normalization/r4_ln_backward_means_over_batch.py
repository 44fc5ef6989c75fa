"""normalization.layernorm_backward: the standardisation backward's means taken over the batch (axis 0), not each row's features."""

def layernorm_backward(dout, cache):
    x_hat, inv_std = cache["x_hat"], cache["inv_std"]
    g = dout * cache["gamma"]
    dX = inv_std * (g - g.mean(axis=0, keepdims=True) - x_hat * (g * x_hat).mean(axis=0, keepdims=True))
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
