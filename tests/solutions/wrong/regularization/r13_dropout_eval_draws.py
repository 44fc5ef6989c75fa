"""regularization.dropout_forward: draws the mask before looking at mode: eval output is right but rng is advanced (eval must draw nothing)"""
import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    keep = rng.random(A.shape) >= p
    if mode == "eval":
        mask = np.ones(A.shape)
    else:
        mask = keep / (1 - p)
    return A * mask, {"mask": mask}
