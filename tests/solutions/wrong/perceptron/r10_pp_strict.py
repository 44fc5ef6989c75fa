"""perceptron.perceptron_predict: step is 1 only where z > 0, so z = 0 (e.g. w = 0, b = 0) predicts 0"""

import numpy as np


def perceptron_predict(X, w, b):
    z = np.dot(X, w) + b
    return np.where(z > 0, 1.0, 0.0) if np.ndim(z) else float(z > 0)
