"""perceptron.perceptron_step: another course's rule for labels in {-1, +1} (update when y (x.w + b) <= 0, w += eta y x): with 0/1 labels a y = 0 mistake never updates."""

import numpy as np


def perceptron_step(w, b, x, y, eta=1.0):
    w = np.asarray(w, dtype=np.float64)
    if y * (np.dot(x, w) + b) <= 0:
        return w + eta * y * np.asarray(x, dtype=np.float64), float(b + eta * y)
    return w.copy(), float(b)
