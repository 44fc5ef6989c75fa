"""activations.relu_grad: returns the boolean mask z > 0 itself, not a float64 array"""
import numpy as np


def relu_grad(z):
    return np.asarray(z) > 0
