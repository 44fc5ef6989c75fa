"""perceptron.perceptron_step: w - eta (y - y_hat) x and b - eta (y - y_hat): the update pushes the wrong way."""

import numpy as np


def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    return w - eta * err * np.asarray(x, dtype=np.float64), float(b - eta * err)
