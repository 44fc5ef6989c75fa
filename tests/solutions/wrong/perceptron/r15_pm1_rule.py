"""perceptron.perceptron_step: the +-1-label rule (update when (2y-1) z <= 0) also updates at z = 0 for y = 1, where step(0) = 1 is already right"""
import numpy as np


def perceptron_step(w, b, x, y, eta=1.0):
    t = 2 * y - 1
    z = float(np.dot(x, w) + b)
    if t * z <= 0:
        return w + eta * t * x, float(b + eta * t)
    return w.copy(), float(b)
