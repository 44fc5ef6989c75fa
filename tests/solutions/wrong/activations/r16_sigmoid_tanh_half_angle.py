"""activations.sigmoid: RIGHT: the half-angle identity sigmoid(z) = (1 + tanh(z/2)) / 2, stable at +-1000 (absolute error ~1e-16, but the tiny values below z ~ -20 lose their relative accuracy)"""
import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    return 0.5 * (1.0 + np.tanh(0.5 * z))
