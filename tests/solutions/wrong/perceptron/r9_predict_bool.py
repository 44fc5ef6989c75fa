"""perceptron.perceptron_predict: returns the boolean array z >= 0 (True/False) instead of 0.0/1.0 floats."""

import numpy as np


def perceptron_predict(X, w, b):
    z = np.asarray(X, dtype=np.float64) @ w + b
    return z >= 0 if np.ndim(z) else bool(z >= 0)
