"""gradcheck.numerical_gradient: forward difference (f(x + h) - f(x)) / h (Saitoh's first 'bad' version), error O(h) instead of the central O(h^2)."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    grad = np.zeros_like(x)
    fx = float(f(x.copy()))
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        idx = it.multi_index
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        grad[idx] = (float(f(x)) - fx) / h
        x[idx] = tmp_val
        it.iternext()
    return grad
