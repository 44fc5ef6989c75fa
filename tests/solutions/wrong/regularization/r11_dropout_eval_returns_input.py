"""regularization.dropout_forward: RIGHT: eval mode returns A itself as out (the docstring's "out = A"), never changing it"""
import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    if mode != "train":
        return A, {"mask": np.ones(np.shape(A))}
    mask = (rng.random(A.shape) >= p) / (1 - p)
    return A * mask, {"mask": mask}
