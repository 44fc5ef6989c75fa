"""gradcheck.numerical_gradient: right, each bump made on a fresh copy x + h e_i with e_i a one-hot array of x's shape"""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x0 = np.array(x, dtype=float)
    grad = np.zeros_like(x0)
    for i in np.ndindex(x0.shape):
        e_i = np.zeros_like(x0)
        e_i[i] = h
        grad[i] = (f(x0 + e_i) - f(x0 - e_i)) / (2 * h)
    return grad
