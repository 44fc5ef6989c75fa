"""regularization.dropout_forward: draws the mask before looking at the mode, so eval consumes the rng"""

import numpy as np

def dropout_forward(A, p, rng, mode="train"):
    keep = rng.random(A.shape) >= p
    mask = np.ones_like(A) if mode == "eval" else keep / (1 - p)
    return A * mask, {"mask": mask}
