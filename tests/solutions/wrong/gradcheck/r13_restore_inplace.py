"""gradcheck.numerical_gradient: perturbs the caller's x in place and "restores" it with += h, -= 2h, += h: round-off leaves x changed"""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    flat = x.reshape(-1)  # a view of the caller's array
    g = grad.reshape(-1)
    for i in range(flat.size):
        flat[i] += h
        up = f(x)
        flat[i] -= 2 * h
        down = f(x)
        flat[i] += h
        g[i] = (up - down) / (2 * h)
    return grad
