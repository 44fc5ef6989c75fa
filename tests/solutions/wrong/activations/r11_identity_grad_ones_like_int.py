"""activations.identity_grad: np.ones_like(z) keeps an int z's dtype, so an int array gives int ones, not float64"""
import numpy as np


def identity_grad(z):
    return np.ones_like(z)
