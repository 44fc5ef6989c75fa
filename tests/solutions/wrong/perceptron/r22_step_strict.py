"""perceptron.perceptron_predict: fires only when X w + b > 0 (strict), so z = 0 gives 0 instead of 1."""

import numpy as np


def perceptron_predict(X, w, b):
    z = np.dot(np.asarray(X, dtype=np.float64), np.asarray(w, dtype=np.float64)) + b
    out = (z > 0).astype(np.float64)
    return float(out) if out.ndim == 0 else out
