"""softmax.softmax: RIGHT: softmax = exp(log_softmax) with log_softmax = (z - m) - log sum exp(z - m): the same values, stable for 1e4.

Habit: Ng's columns, computed through the log domain.
"""

import numpy as np


def softmax(Z):
    T = np.asarray(Z, dtype=np.float64).T
    shifted = T - np.max(T, axis=0, keepdims=True)
    return np.exp(shifted - np.log(np.sum(np.exp(shifted), axis=0, keepdims=True))).T
