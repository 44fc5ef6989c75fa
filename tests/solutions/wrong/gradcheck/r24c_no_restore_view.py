"""gradcheck.numerical_gradient: np.asarray (a view of a float64 x) and no restore after x[i] -= h: the caller's x is left shifted and later coordinates are measured off the point."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=float)
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        x[i] += h
        up = f(x)
        x[i] -= 2 * h
        down = f(x)
        grad[i] = (up - down) / (2 * h)
    return grad
