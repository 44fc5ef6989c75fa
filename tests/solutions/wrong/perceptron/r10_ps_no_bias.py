"""perceptron.perceptron_step: the bias is never updated"""

import numpy as np


def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    return w + eta * err * np.asarray(x, dtype=float), float(b)
