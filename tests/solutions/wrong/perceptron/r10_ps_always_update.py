"""perceptron.perceptron_step: updates on every example (w + eta y x), correct ones included"""

import numpy as np


def perceptron_step(w, b, x, y, eta=1.0):
    x = np.asarray(x, dtype=float)
    t = 1.0 if y == 1 else -1.0
    return w + eta * t * x, float(b + eta * t)
