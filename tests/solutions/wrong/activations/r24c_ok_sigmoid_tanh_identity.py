"""activations.sigmoid: Right: sigmoid(z) = (1 + tanh(z / 2)) / 2 exactly; tanh saturates without overflow or warnings."""

import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * (1.0 + np.tanh(0.5 * z))
