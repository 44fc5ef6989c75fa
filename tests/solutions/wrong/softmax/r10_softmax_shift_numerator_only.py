"""softmax.softmax: exp(z - max) / sum exp(z), the shift left out of the denominator"""

import numpy as np

def softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return np.exp(Z - Z.max(axis=-1, keepdims=True)) / np.exp(Z).sum(axis=-1, keepdims=True)
