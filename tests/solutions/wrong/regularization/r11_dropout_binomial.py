"""regularization.dropout_forward: RIGHT: keep drawn as rng.binomial(1, 1 - p, size=A.shape), another rule from rng"""
import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    if mode == "train":
        mask = rng.binomial(1, 1 - p, size=A.shape) / (1 - p)
    else:
        mask = np.ones(A.shape)
    return A * mask, {"mask": mask}
