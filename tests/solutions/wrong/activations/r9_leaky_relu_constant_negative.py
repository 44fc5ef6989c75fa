"""activations.leaky_relu: alpha instead of alpha * z on the negative side (the z dropped)."""

import numpy as np


def leaky_relu(z, alpha=0.01):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, z, alpha)
