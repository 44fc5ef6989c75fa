"""regularization.dropout_forward: reads p as the KEEP probability (keep = u < p, mask = keep / p)"""
import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    if mode == "train":
        mask = (rng.random(A.shape) < p) / p
    else:
        mask = np.ones(A.shape)
    return A * mask, {"mask": mask}
