"""activations.sigmoid: RIGHT: the exact identity sigmoid(z) = (1 + tanh(z/2)) / 2, stable everywhere (tiny absolute rounding in the far negative tail)"""
import numpy as np


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=np.float64)))
