"""normalization.layernorm_backward: "layer norm works per example", so dgamma and dbeta are summed over axis 1 (features)
instead of the batch: shape (N,), or wrong values silently when N == D."""

def layernorm_backward(dout, cache):
    x_hat = cache["x_hat"]
    dX = _standardize_backward(dout * cache["gamma"], x_hat, cache["inv_std"], 1)
    return dX, (dout * x_hat).sum(axis=1), dout.sum(axis=1)
