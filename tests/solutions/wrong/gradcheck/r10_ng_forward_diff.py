"""gradcheck.numerical_gradient: forward differences (f(x + h) - f(x)) / h, error O(h) instead of O(h^2)"""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    base = f(x)
    grad = np.empty_like(x)
    flat, g = x.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        keep = flat[i]
        flat[i] = keep + h
        g[i] = (f(x) - base) / h
        flat[i] = keep
    return grad
