"""activations.relu_grad: returns the boolean array z > 0 (MATLAB's logical), not float64 ones and zeros"""

import numpy as np


def relu_grad(z):
    """relu_derivative as a comparison: True where the unit is active."""
    return np.asarray(z) > 0
