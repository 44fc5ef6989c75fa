"""activations.gelu_tanh_grad: d/dz of 0.044715 z^3 written 0.044715 z^2 (the 3 dropped)"""

import numpy as np

def gelu_tanh_grad(z):
    z = np.asarray(z, dtype=np.float64)
    t = np.tanh(_u(z))
    return 0.5 * (1 + t) + 0.5 * z * (1 - t ** 2) * np.sqrt(2 / np.pi) * (1 + 0.044715 * z ** 2)
