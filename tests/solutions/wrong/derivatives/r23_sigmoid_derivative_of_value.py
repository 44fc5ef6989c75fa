"""derivatives.sigmoid_derivative: AIMA's sigmoid_derivative(value) = value * (1 - value) written in z, as if z were the output"""

import numpy as np


def sigmoid_derivative():
    """aima-python returns value * (1 - value) for the unit's output value."""
    return "z*(1 - z)"
