"""activations.gelu_tanh_grad: du/dz written as sqrt(2/pi) (1 + 0.044715 z^2), the factor 3 of d(z^3)/dz lost in the chain rule"""

import numpy as np


def gelu_tanh_grad(z):
    """Chain rule through u = sqrt(2/pi)(z + 0.044715 z^3), with du/dz missing its 3."""
    z = np.asarray(z, dtype=np.float64)
    c = np.sqrt(2.0 / np.pi)
    t = np.tanh(c * (z + 0.044715 * z ** 3))
    return 0.5 * (1 + t) + 0.5 * z * (1 - t ** 2) * c * (1 + 0.044715 * z ** 2)
