"""regularization.dropout_forward: RIGHT: the keep mask drawn as rng.choice([0.0, 1.0], size=A.shape, p=[p, 1 - p]) (another rule, from rng only)"""
import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        return A.copy(), {"mask": np.ones(A.shape)}
    mask = rng.choice([0.0, 1.0], size=A.shape, p=[p, 1 - p]) / (1 - p)
    return A * mask, {"mask": mask}
