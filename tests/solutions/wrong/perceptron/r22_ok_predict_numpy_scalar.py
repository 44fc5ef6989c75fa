"""perceptron.perceptron_predict: right: through Rashid's column layout, a single x gives a 0-d numpy float64 (a scalar), a batch an (N,) float vector."""

import numpy as np


def perceptron_predict(X, w, b):
    inputs = np.array(X, ndmin=2, dtype=np.float64).T
    z = (np.array(w, ndmin=2, dtype=np.float64) @ inputs).ravel() + b
    out = (z >= 0).astype(np.float64)
    return out[0] if np.ndim(X) == 1 else out
