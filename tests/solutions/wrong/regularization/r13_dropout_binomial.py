"""regularization.dropout_forward: RIGHT: the keep mask drawn as rng.binomial(1, 1 - p, A.shape) (another rule, from rng only)"""
import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    if mode != "train":
        return A * 1.0, {"mask": np.ones(np.shape(A))}
    mask = rng.binomial(1, 1.0 - p, size=np.shape(A)) / (1.0 - p)
    return A * mask, {"mask": mask}
