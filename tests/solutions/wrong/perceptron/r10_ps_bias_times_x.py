"""perceptron.perceptron_step: the bias update multiplied by sum(x), as if b were a weight on every input"""

import numpy as np


def perceptron_step(w, b, x, y, eta=1.0):
    x = np.asarray(x, dtype=float)
    err = y - perceptron_predict(x, w, b)
    return w + eta * err * x, float(b + eta * err * x.sum())
