"""activations.gelu_tanh: the constant typed 0.44715 instead of 0.044715."""

import numpy as np


def gelu_tanh(z):
    z = np.asarray(z, dtype=np.float64)
    u = np.sqrt(2 / np.pi) * (z + 0.44715 * z ** 3)
    return 0.5 * z * (1 + np.tanh(u))
