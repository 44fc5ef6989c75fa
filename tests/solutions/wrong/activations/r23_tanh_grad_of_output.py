"""activations.tanh_grad: AIMA's tanh_derivative(value) = 1 - value**2 applied to z, not to tanh(z)"""

import numpy as np


def tanh_grad(z):
    """aima-python's tanh_derivative(value) expects the output tanh(z); given z instead."""
    value = np.asarray(z, dtype=np.float64)
    return 1 - value ** 2
