"""normalization.layernorm_backward: feeds dout itself into the standardisation backward, forgetting dL/dx_hat = dout * gamma."""

def layernorm_backward(dout, cache):
    x_hat, inv_std = cache["x_hat"], cache["inv_std"]
    dX = (dout - dout.mean(axis=1, keepdims=True) - x_hat * (dout * x_hat).mean(axis=1, keepdims=True)) * inv_std
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
