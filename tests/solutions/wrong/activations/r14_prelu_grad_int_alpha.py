"""activations.prelu_grad: np.where(z > 0, 1, alpha) takes its dtype from alpha, so a whole-number slope (alpha = 0) gives an int array"""
import numpy as np


def prelu_grad(z, alpha):
    return np.where(z > 0, 1, alpha)
