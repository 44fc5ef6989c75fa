"""normalization.batchnorm_backward: train-mode dX runs the standardisation backward on dout itself (Caffe's BatchNorm layer alone, forgetting the Scale layer's backward): the factor gamma is missing from dX."""


def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    if cache["mode"] == "train":
        dX = _standardize_backward(dout, x_hat, inv_std, 0)
    else:
        dX = dout * gamma * inv_std
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
