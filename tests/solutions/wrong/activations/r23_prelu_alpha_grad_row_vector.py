"""activations.prelu_alpha_grad: returns the MML gradient row vector dL/dalpha (1, n), summed over the batch, instead of the elementwise derivative of z's shape"""

import numpy as np


def prelu_alpha_grad(z):
    """MML habit: a gradient is a row vector (1, n), so the batch is summed away."""
    z = np.asarray(z, dtype=np.float64)
    g = np.where(z > 0, 0.0, z)
    if g.ndim < 2:
        return g.reshape(1, -1)
    return np.sum(g, axis=0, keepdims=True)
