"""normalization.batchnorm_backward: the train-mode standardisation backward over the features (axis 1), as layer norm's."""

def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    if cache["mode"] == "train":
        dX = _standardize_backward(dout * gamma, x_hat, inv_std, 1)
    else:
        dX = dout * gamma * inv_std
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
