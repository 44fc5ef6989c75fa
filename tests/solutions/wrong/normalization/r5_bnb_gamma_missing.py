"""normalization.batchnorm_backward: dX from dout instead of dout * gamma (the scale's chain factor is missing)."""

def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dgamma = (dout * x_hat).sum(axis=0)
    dbeta = dout.sum(axis=0)
    g = dout
    if cache["mode"] == "train":
        dX = (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) * inv_std
    else:
        dX = g * inv_std
    return dX, dgamma, dbeta
