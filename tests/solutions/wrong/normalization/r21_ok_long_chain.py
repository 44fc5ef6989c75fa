"""normalization.batchnorm_backward: right: the long chain rule through var and mu (dvar, dmu, then dX), algebraically the compact formula."""

def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dgamma, dbeta = (dout * x_hat).sum(axis=0), dout.sum(axis=0)
    dxhat = dout * gamma
    if cache["mode"] != "train":
        return dxhat * inv_std, dgamma, dbeta
    m = dout.shape[0]
    xmu = x_hat / inv_std
    dvar = np.sum(dxhat * xmu, axis=0) * -0.5 * inv_std ** 3
    dmu = -np.sum(dxhat * inv_std, axis=0) + dvar * np.mean(-2.0 * xmu, axis=0)
    dX = dxhat * inv_std + dvar * 2.0 * xmu / m + dmu / m
    return dX, dgamma, dbeta
