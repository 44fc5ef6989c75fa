"""activations.step_grad: 0 * z keeps an int input's dtype and gives NaN for inf"""

import numpy as np

def step_grad(z):
    return 0 * np.asarray(z)
