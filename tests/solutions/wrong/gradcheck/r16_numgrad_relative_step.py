"""gradcheck.numerical_gradient: a relative step h * max(1, |x_i|) (numdifftools/scipy habit) instead of the absolute h the docstring fixes: different quotients wherever |x_i| > 1 and f is not quadratic"""
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x0 = np.array(x, dtype=np.float64)
    grad = np.zeros_like(x0)
    for i in np.ndindex(x0.shape):
        step = h * max(1.0, abs(x0[i]))
        xp = x0.copy()
        xp[i] += step
        xm = x0.copy()
        xm[i] -= step
        grad[i] = (f(xp) - f(xm)) / (2 * step)
    return grad
