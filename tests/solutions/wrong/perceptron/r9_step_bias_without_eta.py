"""perceptron.perceptron_step: b <- b + (y - y_hat), the learning rate left off the bias: right only for eta = 1."""

import numpy as np


def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    return w + eta * err * np.asarray(x, dtype=np.float64), float(b + err)
