"""perceptron.perceptron_step: updates the caller's w in place (self.who += ... in the book), so the array passed in changes."""

import numpy as np


def perceptron_step(w, b, x, y, eta=1.0):
    error = y - perceptron_predict(x, w, b)
    w += eta * error * np.asarray(x, dtype=np.float64)
    return w, float(b + eta * error)
