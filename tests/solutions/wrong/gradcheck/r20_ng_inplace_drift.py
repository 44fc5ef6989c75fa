"""gradcheck.numerical_gradient: perturbs the caller's x in place and undoes it by += h, -= 2h, += h, which leaves rounding drift in x (and fails on integer arrays)"""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(np.shape(x))
    for i in np.ndindex(grad.shape):
        x[i] += h
        up = f(x)
        x[i] -= 2 * h
        down = f(x)
        x[i] += h
        grad[i] = (up - down) / (2 * h)
    return grad
