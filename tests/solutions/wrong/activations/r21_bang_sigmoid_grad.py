import numpy as np


def sigmoid_grad(z):
    """Writes the result into the caller's z with out= (a Julia sigmoid_grad! habit): the values are right but the input is overwritten."""
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    np.multiply(s, 1.0 - s, out=z)
    return z
