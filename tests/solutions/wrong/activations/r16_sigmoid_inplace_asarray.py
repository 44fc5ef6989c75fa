"""activations.sigmoid: the stable two-branch sigmoid written into np.asarray(z, float), which is the caller's own array when z is float64: the caller's z is overwritten"""
import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    pos = z >= 0
    z[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    z[~pos] = e / (1.0 + e)
    return z
