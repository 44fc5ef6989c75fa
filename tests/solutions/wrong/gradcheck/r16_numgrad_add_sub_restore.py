"""gradcheck.numerical_gradient: perturbs the caller's x in place (x[i] += h; x[i] -= 2h; x[i] += h): rounding leaves x changed in its last bits, and f sees the caller's array"""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(np.shape(x))
    it = np.nditer(x, flags=["multi_index"])
    while not it.finished:
        i = it.multi_index
        x[i] += h
        up = f(x)
        x[i] -= 2 * h
        down = f(x)
        x[i] += h
        grad[i] = (up - down) / (2 * h)
        it.iternext()
    return grad
