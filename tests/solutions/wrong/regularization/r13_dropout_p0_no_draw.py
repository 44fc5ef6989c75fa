"""regularization.dropout_forward: RIGHT: p = 0 drops nothing, so it returns a mask of ones without drawing from rng (like eval mode)"""
import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval" or p == 0:
        mask = np.ones(np.shape(A))
    else:
        mask = (rng.random(np.shape(A)) >= p) / (1 - p)
    return A * mask, {"mask": mask}
