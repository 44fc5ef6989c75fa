"""activations.sigmoid: the stable form without the float64 cast: a float32 input gives float32"""

import numpy as np

def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))
