"""activations.sigmoid: computed and returned in float32 (the stub asks for float64)."""

import numpy as np

def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e)).astype(np.float32)
