"""regularization.dropout_forward: draws a mask from rng in eval mode too (then discards it): rng advanced in eval"""
import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    keep = rng.random(A.shape) >= p
    if mode == "train":
        mask = keep / (1 - p)
    else:
        mask = np.ones(A.shape)
    return A * mask, {"mask": mask}
