"""activations.gelu_tanh_grad: tanh u as sinh/cosh overflows to NaN for large |z|"""

import numpy as np

def gelu_tanh_grad(z):
    z = np.asarray(z, dtype=np.float64)
    u = _u(z)
    t = np.sinh(u) / np.cosh(u)
    return 0.5 * (1 + t) + 0.5 * z * (1 - t ** 2) * np.sqrt(2 / np.pi) * (1 + 3 * 0.044715 * z ** 2)
