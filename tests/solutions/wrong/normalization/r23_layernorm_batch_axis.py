"""normalization.layernorm_backward: the standardisation backward taken over axis 0 (copied from batch norm) instead of over each row's features."""


def layernorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=float)
    x_hat = cache["x_hat"]
    g = dout * cache["gamma"]
    dX = (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) * cache["inv_std"]
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
