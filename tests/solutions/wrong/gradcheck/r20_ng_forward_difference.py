"""gradcheck.numerical_gradient: the one-sided difference (f(x + h e_i) - f(x)) / h of Prince's notebooks, error O(h), not the central one"""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x_copy = np.array(x, dtype=float)
    l0 = f(x_copy)
    dl_dx = np.zeros_like(x_copy)
    for index in np.ndindex(x_copy.shape):
        old = x_copy[index]
        x_copy[index] = old + h
        dl_dx[index] = (f(x_copy) - l0) / h
        x_copy[index] = old
    return dl_dx
