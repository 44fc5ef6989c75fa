"""activations.sigmoid: np.where of the two textbook forms evaluates both everywhere: overflow warnings at +-1000"""

import numpy as np

def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
