"""gradcheck.numerical_gradient: calls f on the flattened copy, not on an array of x's shape"""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    flat = np.array(x, dtype=float).flatten()
    grad = np.zeros_like(flat)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        fp = f(flat)
        flat[i] = old - h
        fm = f(flat)
        flat[i] = old
        grad[i] = (fp - fm) / (2 * h)
    return grad.reshape(np.shape(x))
