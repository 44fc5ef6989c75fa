"""activations.identity: RIGHT: np.asarray(z, dtype=np.float64), which hands a float64 z back as the very same object"""
import numpy as np


def identity(z):
    return np.asarray(z, dtype=np.float64)
