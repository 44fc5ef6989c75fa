"""activations.identity_grad: np.ones_like(z) keeps an integer input's dtype (int64, not float64)."""

import numpy as np

def identity_grad(z):
    return np.ones_like(z)
