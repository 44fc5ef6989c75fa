"""regularization.dropout_forward: mask = keep without the 1 / (1 - p) rescale (plain, not inverted, dropout)"""
import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    if mode == "train":
        mask = (rng.random(A.shape) >= p).astype(float)
    else:
        mask = np.ones(A.shape)
    return A * mask, {"mask": mask}
