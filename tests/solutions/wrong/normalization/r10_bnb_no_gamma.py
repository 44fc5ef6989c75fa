"""normalization.batchnorm_backward: standardisation backward applied to dout, not dout * gamma"""

import numpy as np


def batchnorm_backward(dout, cache):
    xh, inv = cache["x_hat"], cache["inv_std"]
    if cache["mode"] == "train":
        dX = inv * (dout - dout.mean(0) - xh * (dout * xh).mean(0))
    else:
        dX = dout * inv
    return dX, np.sum(dout * xh, axis=0), np.sum(dout, axis=0)
