"""activations.gelu_tanh: the cubic coefficient rounded to 0.0447 instead of 0.044715 (off by ~1e-5)"""

import numpy as np

def gelu_tanh(z):
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * z * (1 + np.tanh(np.sqrt(2 / np.pi) * (z + 0.0447 * z ** 3)))
