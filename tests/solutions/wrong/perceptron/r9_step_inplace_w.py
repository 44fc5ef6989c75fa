"""perceptron.perceptron_step: updates w in place (w += ...): the caller's weight vector changes."""

import numpy as np


def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    w += eta * err * np.asarray(x, dtype=np.float64)
    return w, float(b + eta * err)
