"""gradcheck.numerical_gradient: returns a column vector (x.size, 1), the column-vector course's theta layout, instead of x's shape"""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    flat = x.reshape(-1)
    grad = np.zeros((flat.size, 1))
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        fp = f(x)
        flat[i] = old - h
        fm = f(x)
        flat[i] = old
        grad[i, 0] = (fp - fm) / (2 * h)
    return grad
