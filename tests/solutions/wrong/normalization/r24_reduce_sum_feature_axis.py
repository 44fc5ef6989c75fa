"""normalization.layernorm_backward: reduce_sum(axis=1) for dgamma and dbeta (over the normalised axis, not over the batch): (N,) sums instead of (D,)."""


def layernorm_backward(dout, cache):
    x_hat = cache["x_hat"]
    dX = _standardize_backward(dout * cache["gamma"], x_hat, cache["inv_std"], 1)
    return dX, (dout * x_hat).sum(axis=1), dout.sum(axis=1)
