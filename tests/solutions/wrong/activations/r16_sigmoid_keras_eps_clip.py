"""activations.sigmoid: Keras habit, the output clipped into [1e-7, 1 - 1e-7] (epsilon()) so a later log never sees 0 or 1: sigmoid(-20) = 2e-9 comes back 1e-7"""
import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    s = np.exp(-np.logaddexp(0.0, -z))
    return np.clip(s, 1e-7, 1.0 - 1e-7)
