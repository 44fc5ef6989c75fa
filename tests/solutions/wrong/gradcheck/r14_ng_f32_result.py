"""gradcheck.numerical_gradient: RIGHT: perturbs a float64 copy but returns the gradient in x's float32 dtype"""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x)
    grad = np.zeros(x.shape, dtype=x.dtype if x.dtype == np.float32 else np.float64)
    xp = np.array(x, dtype=np.float64)
    for i in np.ndindex(x.shape):
        old = xp[i]
        xp[i] = old + h
        up = f(xp)
        xp[i] = old - h
        down = f(xp)
        xp[i] = old
        grad[i] = (up - down) / (2 * h)
    return grad
