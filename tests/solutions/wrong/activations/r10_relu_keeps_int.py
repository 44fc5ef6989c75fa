"""activations.relu: np.maximum(z, 0) keeps an int input's dtype (not float64)"""

import numpy as np

def relu(z):
    return np.maximum(z, 0)
