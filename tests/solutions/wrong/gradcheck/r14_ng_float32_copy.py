"""gradcheck.numerical_gradient: perturbs a copy in x's own dtype, so float32 x is differenced in float32 (h = 1e-5 drowns in rounding)"""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x)
    xp = np.array(x, dtype=x.dtype if np.issubdtype(x.dtype, np.floating) else np.float64, order="C")
    grad = np.zeros_like(xp)
    flat, gflat = xp.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        fp = f(xp)
        flat[i] = old - h
        fm = f(xp)
        flat[i] = old
        gflat[i] = (fp - fm) / (2 * h)
    return grad
