"""normalization.batchnorm_backward: dgamma = sum_n dout, the x_hat factor forgotten."""

def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = dout * gamma
    if cache["mode"] == "train":
        dX = (g - g.mean(0) - x_hat * (g * x_hat).mean(0)) * inv_std
    else:
        dX = g * inv_std
    return dX, dout.sum(axis=0), dout.sum(axis=0)
