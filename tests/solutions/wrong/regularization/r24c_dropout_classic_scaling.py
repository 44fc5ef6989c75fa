"""regularization.dropout_forward: the original (non-inverted) dropout of the 2014 paper: train keeps A unscaled, eval multiplies by (1 - p)."""

import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    if mode == "train":
        mask = (rng.random(A.shape) >= p).astype(np.float64)
    else:
        mask = np.full(A.shape, 1.0 - p)
    return A * mask, {"mask": mask}
