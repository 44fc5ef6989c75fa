"""activations.prelu_grad: 1 - alpha on the negative side (mixing up the slope with its complement)."""

import numpy as np

def prelu_grad(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, 1.0, 1.0 - np.asarray(alpha, dtype=np.float64) + 0 * z)
