"""activations.step: right values but an int array instead of float64"""
import numpy as np


def step(z):
    return (np.asarray(z) >= 0).astype(int)
