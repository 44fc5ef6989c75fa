"""normalization.layernorm_backward: dgamma summed over the features (axis 1) instead of the batch (axis 0)."""

def layernorm_backward(dout, cache):
    x_hat = cache["x_hat"]
    dX = _standardize_backward(dout * cache["gamma"], x_hat, cache["inv_std"], 1)
    return dX, (dout * x_hat).sum(axis=1), dout.sum(axis=0)
