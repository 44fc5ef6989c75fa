"""activations.sigmoid: 1 / (1 + exp(-z)) unguarded: exp overflows (RuntimeWarning) for z = -1000."""

import numpy as np

def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    return 1.0 / (1.0 + np.exp(-z))
