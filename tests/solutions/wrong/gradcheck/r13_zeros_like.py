"""gradcheck.numerical_gradient: copies with x.copy() and fills np.zeros_like(x): an int x is perturbed by int(1e-5) = 0 and the gradient is all zeros"""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        xp = x.copy()
        xp[idx] += h
        xm = x.copy()
        xm[idx] -= h
        grad[idx] = (f(xp) - f(xm)) / (2 * h)
    return grad
