"""normalization.layernorm_backward: right: the chain through var and mean written out (dvar, dmu, then dX) per row, algebraically the docstring's standardisation backward."""


def layernorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    d = x_hat.shape[1]
    g = dout * gamma
    xmu = x_hat / inv_std
    dvar = np.sum(g * xmu, axis=1, keepdims=True) * -0.5 * inv_std ** 3
    dmu = -np.sum(g * inv_std, axis=1, keepdims=True) - 2.0 * dvar * np.mean(xmu, axis=1, keepdims=True)
    dX = g * inv_std + dvar * 2.0 * xmu / d + dmu / d
    return dX, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
