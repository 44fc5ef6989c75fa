"""activations.leaky_relu: max(z, alpha z), right only for alpha <= 1 (wrong for alpha > 1)."""

import numpy as np

def leaky_relu(z, alpha=0.01):
    z = np.asarray(z, dtype=np.float64)
    return np.maximum(z, alpha * z)
