"""normalization.batchnorm_backward: train-mode dX misses the - mean(g) term (right only when each column of dout*gamma sums to 0)."""

def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = dout * gamma
    if cache["mode"] == "train":
        dX = inv_std * (g - x_hat * (g * x_hat).mean(axis=0, keepdims=True))
    else:
        dX = g * inv_std
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
