"""softmax.softmax: the maximum of the whole batch subtracted, not each row's: a row far below it underflows to 0/0."""

import numpy as np

def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - Z.max())
    return E / E.sum(axis=-1, keepdims=True)
