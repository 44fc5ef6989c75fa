"""normalization.layernorm_backward: Right: layer norm is batch norm of X.T, so the axis-0 formula runs on transposed views."""


def layernorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = (dout * gamma).T
    xt = x_hat.T
    dX = (g - g.mean(axis=0) - xt * (g * xt).mean(axis=0)) * inv_std.T
    return dX.T, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
