"""activations.gelu_tanh_grad: the derivative of 0.044715 z^3 written 0.044715 z^2 (the 3 dropped)."""

import numpy as np

def gelu_tanh_grad(z):
    z = np.asarray(z, dtype=np.float64)
    c = np.sqrt(2 / np.pi)
    t = np.tanh(c * (z + 0.044715 * z ** 3))
    return (1 + t) / 2 + z * (1 - t ** 2) * c * (1 + 0.044715 * z ** 2) / 2
