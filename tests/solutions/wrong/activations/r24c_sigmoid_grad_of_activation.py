"""activations.sigmoid_grad: the Stack Overflow snippet s * (1 - s) applied to z itself (it expects s = sigmoid(z) already computed)."""

import numpy as np


def sigmoid_grad(z):
    z = np.asarray(z, dtype=np.float64)
    return z * (1 - z)
