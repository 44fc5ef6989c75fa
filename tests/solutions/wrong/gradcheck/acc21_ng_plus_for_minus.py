"""gradcheck.numerical_gradient: (f(x + h) + f(x - h)) / (2h), the central difference's minus typed as a plus."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + h
        f_plus = f(x)
        x[i] = old - h
        f_minus = f(x)
        x[i] = old
        grad[i] = (f_plus + f_minus) / (2 * h)
    return grad
