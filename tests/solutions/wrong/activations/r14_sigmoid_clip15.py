"""activations.sigmoid: clips z to [-15, 15] to avoid overflow, so the tails are wrong by up to 3e-7 (sigmoid(-1000) = 3.06e-7, not 0)"""
import numpy as np


def sigmoid(z):
    z = np.clip(np.asarray(z, dtype=np.float64), -15.0, 15.0)
    return 1.0 / (1.0 + np.exp(-z))
