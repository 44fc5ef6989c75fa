"""normalization.batchnorm_backward: right: the long chain rule through var and mu (dvar, dmu terms, as the Torch C code spells them out), algebraically the same as the compact formula."""


def batchnorm_backward(dout, cache):
    dout = np.asarray(dout, dtype=float)
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    if cache["mode"] != "train":
        return dx_hat * inv_std, dgamma, dbeta
    n = dout.shape[0]
    xmu = x_hat / inv_std
    dvar = np.sum(dx_hat * xmu, axis=0) * -0.5 * inv_std ** 3
    dmu = -np.sum(dx_hat * inv_std, axis=0) + dvar * np.mean(-2.0 * xmu, axis=0)
    dX = dx_hat * inv_std + dvar * 2.0 * xmu / n + dmu / n
    return dX, dgamma, dbeta
