"""softmax.softmax: copied from a column-layout answer: max and sum over axis 0, so a batch (N, K) is normalised over the examples."""

import numpy as np


def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - np.max(Z, axis=0))
    return E / np.sum(E, axis=0)
