"""activations.sigmoid: the 'stable' np.where trick copied half-way: both branches are evaluated, so exp(+-1000) still overflows with a RuntimeWarning."""

import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
