"""activations.sigmoid: the stable form's two branches swapped (gives 1 - sigmoid)"""

import numpy as np

def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, e / (1 + e), 1 / (1 + e))
