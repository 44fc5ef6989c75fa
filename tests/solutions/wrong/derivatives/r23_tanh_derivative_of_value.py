"""derivatives.tanh_derivative: AIMA's tanh_derivative(value) = 1 - value**2 written in z, the tanh( ) left out"""

import numpy as np


def tanh_derivative():
    """1 - value**2 with value the output, here typed as z."""
    return "1 - z**2"
