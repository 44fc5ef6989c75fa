"""regularization.dropout_forward: draws the mask before looking at the mode, so eval advances rng."""

import numpy as np

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    keep = rng.random(A.shape) >= p
    mask = keep / (1 - p) if mode == "train" else np.ones(A.shape)
    return A * mask, {"mask": mask}
