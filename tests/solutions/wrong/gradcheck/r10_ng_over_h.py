"""gradcheck.numerical_gradient: central difference divided by h instead of 2h (twice the gradient)"""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    point = np.array(x, dtype=float)
    grad = np.zeros_like(point)
    for idx in np.ndindex(*point.shape):
        orig = point[idx]
        point[idx] = orig + h
        plus = f(point)
        point[idx] = orig - h
        minus = f(point)
        point[idx] = orig
        grad[idx] = (plus - minus) / h
    return grad
