"""activations.sigmoid: RIGHT: sigmoid(z) = (1 + tanh(z / 2)) / 2, an identity with no exp at all, finite and warning-free for +-1000.

Habit: Trask's tanh layers; the student reuses np.tanh for the sigmoid.
"""

import numpy as np


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=np.float64)))
