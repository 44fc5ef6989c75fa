"""activations.sigmoid: right: sigmoid(z) = (1 + tanh(z/2)) / 2 is an identity, and tanh never overflows"""

import numpy as np


def sigmoid(z):
    """sigmoid through tanh: no exp at all, so +-1000 give exactly 0 and 1 without warnings."""
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=np.float64)))
