"""regularization.dropout_forward: the mask is drawn from rng before the mode is looked at: eval mode consumes random numbers it should not touch"""

import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    """Draw first, decide later: eval returns A but has advanced the Generator."""
    A = np.asarray(A, dtype=np.float64)
    mask = (rng.random(A.shape) >= p) / (1.0 - p)
    if mode != "train":
        mask = np.ones(A.shape)
    return A * mask, {"mask": mask}
