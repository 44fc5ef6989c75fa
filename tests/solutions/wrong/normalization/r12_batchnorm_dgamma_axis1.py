"""normalization.batchnorm_backward: dgamma summed over the features (axis 1) instead of the batch (axis 0)."""

def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    if cache["mode"] == "train":
        dX = _standardize_backward(dout * gamma, x_hat, inv_std, 0)
    else:
        dX = dout * gamma * inv_std
    return dX, (dout * x_hat).sum(axis=1), dout.sum(axis=0)
