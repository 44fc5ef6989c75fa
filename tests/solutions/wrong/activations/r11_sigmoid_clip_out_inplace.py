"""activations.sigmoid: clips z in place (out=z) to avoid overflow, so the caller's array is changed"""
import numpy as np


def sigmoid(z):
    z = np.clip(z, -500, 500, out=z)
    return 1.0 / (1.0 + np.exp(-z))
