"""softmax.softmax: RIGHT: works in place on its own float copy (np.array copies): shift, exp with out=, divide; the caller's Z is untouched.

Habit: Ng's softmax on columns (axis 0 of Z^T), in-place on a private copy.
"""

import numpy as np


def softmax(Z):
    T = np.array(Z, dtype=np.float64).T
    T -= np.max(T, axis=0, keepdims=True)
    np.exp(T, out=T)
    T /= np.sum(T, axis=0, keepdims=True)
    return T.T
