"""softmax.log_softmax: log(max(softmax, 1e-9)): finite, but every log-probability below log(1e-9) = -20.7 is reported as -20.7."""

import numpy as np


def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return np.log(np.maximum(E / E.sum(axis=-1, keepdims=True), 1e-9))
