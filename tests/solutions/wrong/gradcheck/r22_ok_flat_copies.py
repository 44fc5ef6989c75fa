"""gradcheck.numerical_gradient: right: a fresh copy per evaluation, perturbed through a flat view, so f may even keep or change what it is given."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    base = np.array(x, dtype=np.float64)
    grad = np.zeros(base.size)
    for i in range(base.size):
        plus = base.copy()
        plus.reshape(-1)[i] += h
        minus = base.copy()
        minus.reshape(-1)[i] -= h
        grad[i] = (float(f(plus)) - float(f(minus))) / (2 * h)
    return grad.reshape(base.shape)
