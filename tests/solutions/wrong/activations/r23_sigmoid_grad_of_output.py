"""activations.sigmoid_grad: AIMA's sigmoid_derivative(value) = value * (1 - value) applied to z itself, not to the unit's output sigmoid(z)"""

import numpy as np


def sigmoid_grad(z):
    """aima-python: sigmoid_derivative(value) takes the OUTPUT; here it is handed the pre-activation."""
    value = np.asarray(z, dtype=np.float64)
    return value * (1 - value)
