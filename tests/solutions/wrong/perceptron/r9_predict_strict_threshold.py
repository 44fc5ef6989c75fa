"""perceptron.perceptron_predict: step with z > 0 instead of z >= 0: a point exactly on the boundary is classed 0."""

import numpy as np


def perceptron_predict(X, w, b):
    z = np.asarray(X, dtype=np.float64) @ w + b
    return np.where(z > 0, 1.0, 0.0) if np.ndim(z) else float(z > 0)
