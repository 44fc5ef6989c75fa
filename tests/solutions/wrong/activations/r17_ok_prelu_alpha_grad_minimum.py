"""activations.prelu_alpha_grad: RIGHT: min(z, 0) is z where z <= 0 and 0 where z > 0, exactly dg/dalpha.

Habit: Trask's one-line numpy masks.
"""

import numpy as np


def prelu_alpha_grad(z):
    return np.minimum(np.asarray(z, dtype=np.float64), 0.0)
