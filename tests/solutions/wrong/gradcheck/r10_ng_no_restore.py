"""gradcheck.numerical_gradient: x[i] is not restored after the minus probe, so later coordinates see a shifted point"""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        c = x[i]
        x[i] = c + h
        up = f(x)
        x[i] = c - h
        grad[i] = (up - f(x)) / (2 * h)
    return grad
