"""activations.sigmoid: caps very negative z in place (z[z < -500] = -500) to stop the overflow, changing the caller's array"""
import numpy as np


def sigmoid(z):
    z[z < -500] = -500.0
    return 1.0 / (1.0 + np.exp(-z))
