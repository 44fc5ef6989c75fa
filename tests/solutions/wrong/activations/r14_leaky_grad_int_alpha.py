"""activations.leaky_relu_grad: np.where(z > 0, 1, alpha) takes its dtype from alpha, so an integer slope (alpha = 0 or 1) gives an int array"""
import numpy as np


def leaky_relu_grad(z, alpha=0.01):
    return np.where(z > 0, 1, alpha)
