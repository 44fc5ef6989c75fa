"""activations.leaky_relu_grad: alpha * z on the negative side, the function's own formula copied into its derivative."""

import numpy as np


def leaky_relu_grad(z, alpha=0.01):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, 1.0, alpha * z)
