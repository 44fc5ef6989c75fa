"""activations.prelu_alpha_grad: Returns the indicator 1[z <= 0] as dg/dalpha, leaving out the factor z (confused with d/dz's slope pattern).

Habit: Trask-style derivative-as-mask (relu2deriv returns 0/1), carried over to the slope's gradient.
"""

import numpy as np


def prelu_alpha_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return (z <= 0) * 1.0
