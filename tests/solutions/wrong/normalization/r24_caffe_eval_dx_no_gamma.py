"""normalization.batchnorm_backward: eval-mode dX ported from Caffe's BatchNorm layer (top_diff / std, gamma lives in the separate Scale layer): the factor gamma is missing from dX."""


def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    if cache["mode"] == "train":
        dX = _standardize_backward(dout * gamma, x_hat, inv_std, 0)
    else:
        dX = dout * inv_std
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
