"""gradcheck.numerical_gradient: one-sided forward difference (f(x + h e_i) - f(x)) / h, error O(h), instead of the central difference"""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    work = np.array(x, dtype=np.float64)
    grad = np.zeros_like(work)
    f0 = float(f(work))
    for index in np.ndindex(work.shape):
        saved = work[index]
        work[index] = saved + h
        grad[index] = (float(f(work)) - f0) / h
        work[index] = saved
    return grad
