"""activations.prelu_grad: Reads the slope off the output (Trask's relu2deriv(output) = output > 0): 1 wherever prelu(z) > 0, so a negative learned alpha gives 1 instead of alpha for z < 0.

Habit: Grokking Deep Learning computes every derivative from the layer's output; for a negative slope alpha the
output alpha z of a negative z is positive, and the mask calls it the z > 0 side.
"""

import numpy as np


def prelu_grad(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    slope = np.asarray(alpha, dtype=np.float64) * np.ones_like(z)
    output = np.where(z > 0, z, slope * z)
    return np.where(output > 0, 1.0, slope)
