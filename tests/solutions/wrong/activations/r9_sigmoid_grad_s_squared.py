"""activations.sigmoid_grad: s * (1 - sigmoid(-z)), which is s^2, not s (1 - s)."""

import numpy as np

def sigmoid_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return sigmoid(z) * (1 - sigmoid(-z))
