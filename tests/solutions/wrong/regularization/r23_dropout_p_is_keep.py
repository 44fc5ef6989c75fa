"""regularization.dropout_forward: p read as the probability of KEEPING a unit (keep = rand < p, mask = keep / p)"""

import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    """keep_prob habit: units survive with probability p."""
    A = np.asarray(A, dtype=np.float64)
    if mode == "train":
        mask = (rng.random(A.shape) < p) / p if p > 0 else np.zeros(A.shape)
    else:
        mask = np.ones(A.shape)
    return A * mask, {"mask": mask}
