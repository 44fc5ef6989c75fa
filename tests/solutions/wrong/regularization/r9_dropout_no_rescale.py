"""regularization.dropout_forward: mask = keep without the 1/(1 - p) (plain, not inverted, dropout)."""

import numpy as np

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode == "train":
        mask = (rng.random(A.shape) >= p).astype(np.float64)
    else:
        mask = np.ones(A.shape)
    return A * mask, {"mask": mask}
