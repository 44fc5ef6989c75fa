"""regularization.dropout_forward: TF1's keep_prob convention: p read as the probability of KEEPING a unit (keep = r < p, mask = keep / p)."""

import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        mask = np.ones_like(A, dtype=np.float64)
    else:
        mask = (rng.random(A.shape) < p) / p
    return A * mask, {"mask": mask}
