"""regularization.dropout_forward: out rescaled right but the cached mask is the 0/1 keep array without 1 / (1 - p)"""

import numpy as np

def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        return A * np.ones_like(A), {"mask": np.ones_like(A)}
    keep = (rng.random(A.shape) >= p).astype(np.float64)
    return A * keep / (1 - p), {"mask": keep}
