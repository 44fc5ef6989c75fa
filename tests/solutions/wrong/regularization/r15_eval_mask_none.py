"""regularization.dropout_forward: eval mode caches mask = None (CS231n) instead of ones of A's shape"""
import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    if mode == "train":
        mask = (rng.random(A.shape) >= p) / (1 - p)
        return A * mask, {"mask": mask}
    return A.copy(), {"mask": None}
