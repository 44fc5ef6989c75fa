"""activations.leaky_relu: default slope alpha = 0.1 instead of the docstring's 0.01"""
import numpy as np


def leaky_relu(z, alpha=0.1):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, z, alpha * z)
