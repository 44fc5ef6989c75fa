"""normalization.batchnorm_backward: treats mu and var as constants in train mode too (dX = dout * gamma * inv_std)."""

def batchnorm_backward(dout, cache):
    x_hat = cache["x_hat"]
    dX = dout * cache["gamma"] * cache["inv_std"]
    return dX, (dout * x_hat).sum(0), dout.sum(0)
