"""regularization.dropout_forward: one mask per feature shared by the whole batch (shape A.shape[1:]): every example drops the same units"""
import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        mask = np.ones(A.shape)
    else:
        keep = rng.random(A.shape[1:]) >= p
        mask = np.broadcast_to(keep / (1 - p), A.shape).copy()
    return A * mask, {"mask": mask}
