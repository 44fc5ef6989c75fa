"""gradcheck.numerical_gradient: perturbs x.astype(float).reshape(-1), a copy (not a view) when x is a transposed (Fortran-order) array: the gradient is all zeros there"""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    xc = np.asarray(x).astype(np.float64)  # keeps x's memory order
    flat = xc.reshape(-1)  # a view for C-order x only
    grad = np.zeros(xc.shape)
    gflat = grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        up = f(xc)
        flat[i] = old - h
        down = f(xc)
        flat[i] = old
        gflat[i] = (up - down) / (2 * h)
    return grad
