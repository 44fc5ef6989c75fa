"""regularization.dropout_forward: keeps each unit with probability p (p read as the keep probability)."""

import numpy as np

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode == "train":
        mask = (rng.random(A.shape) < p) / (1 - p)
    else:
        mask = np.ones(A.shape)
    return A * mask, {"mask": mask}
