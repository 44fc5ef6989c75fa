"""activations.gelu_tanh: u = sqrt(2/pi) z + 0.044715 z^3, the bracket lost so the constant scales only z"""
import numpy as np


def gelu_tanh(z):
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * z * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * z + 0.044715 * z ** 3))
