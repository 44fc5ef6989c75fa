"""gradcheck.numerical_gradient: step h * |x_i| (relative) with 2h in the denominator, wrong unless |x_i| = 1 (and 0/0 at x_i = 0)"""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        step = h * max(abs(x[i]), 1.0)
        old = x[i]
        x[i] = old + step
        up = f(x)
        x[i] = old - step
        down = f(x)
        x[i] = old
        grad[i] = (up - down) / (2 * h)
    return grad
