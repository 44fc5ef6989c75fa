"""gradcheck.numerical_gradient: never restores x[idx] = tmp_val after perturbing, so every later coordinate is differenced at a point already shifted by -h."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        idx = it.multi_index
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        fxh1 = float(f(x))
        x[idx] = tmp_val - h
        fxh2 = float(f(x))
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        it.iternext()
    return grad
