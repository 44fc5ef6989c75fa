"""activations.relu_grad: returns the boolean mask z > 0 itself (True/False), never cast to float64"""
import numpy as np


def relu_grad(z):
    return np.asarray(z) > 0
