"""activations.gelu_grad: the tanh approximation's derivative where the exact Phi + z phi is asked for"""

import numpy as np

def gelu_grad(z):
    z = np.asarray(z, dtype=np.float64)
    t = np.tanh(np.sqrt(2 / np.pi) * (z + 0.044715 * z ** 3))
    return 0.5 * (1 + t) + 0.5 * z * (1 - t ** 2) * np.sqrt(2 / np.pi) * (1 + 3 * 0.044715 * z ** 2)
