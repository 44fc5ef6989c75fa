"""activations.identity: RIGHT: np.asarray(z, dtype=np.float64) hands a float64 array back as the very same object (no copy), ints converted"""
import numpy as np


def identity(z):
    return np.asarray(z, dtype=np.float64)
