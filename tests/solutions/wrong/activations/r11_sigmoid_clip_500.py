"""activations.sigmoid: RIGHT: clips z to [-500, 500] on a copy, then the textbook formula (exp(500) is finite)"""
import numpy as np


def sigmoid(z):
    z = np.clip(np.asarray(z, dtype=np.float64), -500.0, 500.0)
    return 1.0 / (1.0 + np.exp(-z))
