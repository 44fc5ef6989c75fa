"""activations.gelu_tanh_grad: Differentiates u = sqrt(2/pi) (z + 0.044715 z^3) as sqrt(2/pi) (1 + 0.044715 z^2): the 3 of d(z^3)/dz is lost.

Habit: Raschka-style hand derivation of the output formula, one power rule slipped.
"""

import math

import numpy as np


def gelu_tanh_grad(z):
    z = np.asarray(z, dtype=np.float64)
    c = math.sqrt(2 / math.pi)
    t = np.tanh(c * (z + 0.044715 * z ** 3))
    return 0.5 * (1 + t) + 0.5 * z * (1 - t ** 2) * c * (1 + 0.044715 * z ** 2)
