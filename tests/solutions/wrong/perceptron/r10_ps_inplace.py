"""perceptron.perceptron_step: w += ... changes the caller's weight array in place"""

import numpy as np


def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    if err:
        w += eta * err * np.asarray(x, dtype=float)
        b = b + eta * err
    return w, float(b)
