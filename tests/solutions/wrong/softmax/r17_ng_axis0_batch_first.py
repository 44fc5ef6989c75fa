"""softmax.softmax: Normalises over axis 0 (Ng's classes-down-the-columns softmax) on the batch-first Z: sums over the batch, not the classes.

Habit: deeplearning.ai's softmax(Z) = exp / np.sum(exp, axis=0, keepdims=True), the transpose at the border forgotten.
"""

import numpy as np


def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    t = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return t / np.sum(t, axis=0, keepdims=True)
