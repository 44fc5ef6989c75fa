"""perceptron.perceptron_predict: returns Rashid's (1, N) output row who . inputs_T (never flattened), not an (N,) vector or a scalar."""

import numpy as np


def perceptron_predict(X, w, b):
    inputs = np.array(X, ndmin=2, dtype=np.float64).T
    who = np.array(w, ndmin=2, dtype=np.float64)
    return np.where(np.dot(who, inputs) + b >= 0, 1.0, 0.0)
