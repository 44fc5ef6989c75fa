"""gradcheck.numerical_gradient: np.copy keeps an integer x's dtype, so x + h is truncated back and the gradient reads 0"""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.copy(x)
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + h
        up = f(x)
        x[i] = old - h
        down = f(x)
        x[i] = old
        grad[i] = (up - down) / (2 * h)
    return grad
