"""regularization.dropout_forward: draws a mask of shape (A.shape[0], A.shape[1]): fails for 1-D or 3-D activations ("any shape")"""
import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        return A, {"mask": np.ones_like(A, dtype=float)}
    keep = rng.random((A.shape[0], A.shape[1])) >= p
    mask = keep / (1 - p)
    return A * mask, {"mask": mask}
