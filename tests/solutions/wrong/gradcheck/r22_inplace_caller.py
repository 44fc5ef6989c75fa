"""gradcheck.numerical_gradient: perturbs the caller's own array in place as the book does (restoring it after), so f sees the caller's x changing and an int array truncates x + h."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(np.shape(x), dtype=np.float64)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        idx = it.multi_index
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        fxh1 = float(f(x))
        x[idx] = tmp_val - h
        fxh2 = float(f(x))
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val
        it.iternext()
    return grad
