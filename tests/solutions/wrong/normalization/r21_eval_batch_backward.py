"""normalization.batchnorm_backward: uses the standardisation backward (mean and variance depending on X) in eval mode too, where they are constants."""

def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = dout * gamma
    dX = (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) * inv_std
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
