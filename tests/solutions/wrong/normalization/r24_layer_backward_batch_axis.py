"""normalization.layernorm_backward: reuses batch norm's standardisation backward along axis 0 (over the batch) instead of along each row's features."""


def layernorm_backward(dout, cache):
    x_hat = cache["x_hat"]
    dX = _standardize_backward(dout * cache["gamma"], x_hat, cache["inv_std"], 0)
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
