"""normalization.layernorm_backward: RIGHT: the staged chain rule through var and mu (CS231n's dvar, dmu) rebuilt from x_hat and inv_std; same values."""


def layernorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    D = x_hat.shape[1]
    dxhat = dout * gamma
    xmu = x_hat / inv_std                     # x - mu
    dvar = (dxhat * xmu).sum(1, keepdims=True) * -0.5 * inv_std ** 3
    dmu = -(dxhat * inv_std).sum(1, keepdims=True) + dvar * (-2.0 * xmu).mean(1, keepdims=True)
    dX = dxhat * inv_std + dvar * 2.0 * xmu / D + dmu / D
    return dX, (dout * x_hat).sum(0), dout.sum(0)
