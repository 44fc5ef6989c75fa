"""normalization.layernorm_backward: applies the standardisation backward to dout, not dout * gamma."""

def layernorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = dout
    dX = (g - g.mean(axis=1, keepdims=True) - x_hat * (g * x_hat).mean(axis=1, keepdims=True)) * inv_std
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
