"""regularization.dropout_forward: one mask row of shape (n,) shared by every example of the batch"""
import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    if mode == "train":
        mask = np.broadcast_to((rng.random(A.shape[-1]) >= p) / (1 - p), A.shape).copy()
    else:
        mask = np.ones(A.shape)
    return A * mask, {"mask": mask}
