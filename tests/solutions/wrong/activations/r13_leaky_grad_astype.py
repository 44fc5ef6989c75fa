"""activations.leaky_relu_grad: casts to z's dtype, so an int z truncates alpha to 0 (and returns ints)"""
import numpy as np


def leaky_relu_grad(z, alpha=0.01):
    z = np.asarray(z)
    return np.where(z > 0, 1.0, alpha).astype(z.dtype)
