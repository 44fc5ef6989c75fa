"""regularization.dropout_forward: eval returns the mask 1.0 as a number, not ones of A's shape."""

import numpy as np

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": 1.0}
    mask = (rng.random(A.shape) >= p) / (1 - p)
    return A * mask, {"mask": mask}
