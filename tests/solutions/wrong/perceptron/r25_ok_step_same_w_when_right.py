"""perceptron.perceptron_step: right: with no mistake it returns the caller's w itself (unchanged, not modified), a guard clause's early return"""
import numpy as np


def perceptron_step(w, b, x, y, eta=1.0):
    o = perceptron_predict(x, w, b)
    if o == y:
        return w, float(b)
    return np.asarray(w, dtype=float) + eta * (y - o) * np.asarray(x, dtype=float), float(b + eta * (y - o))
