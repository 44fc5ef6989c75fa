"""normalization.layernorm_backward: row means taken without keepdims, so (N,) broadcasts along the features (silently wrong when N == D, an error otherwise)"""

import numpy as np


def layernorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    g = dout * gamma
    dX = (g - g.mean(axis=1) - x_hat * (g * x_hat).mean(axis=1)) * inv_std
    return dX, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
