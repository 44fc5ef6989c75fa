"""activations.tanh: the docstring's exp formula literally, which overflows to inf/inf = NaN for |z| > ~710"""
import numpy as np


def tanh(z):
    z = np.asarray(z, dtype=np.float64)
    return (np.exp(z) - np.exp(-z)) / (np.exp(z) + np.exp(-z))
