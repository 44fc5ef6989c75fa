"""regularization.dropout_forward: Right: keep drawn as rng.binomial(1, 1 - p, A.shape) (any rule from rng is allowed), mask = keep / (1 - p)."""

import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A)
    if mode != "train":
        return A * 1.0, {"mask": np.ones(A.shape)}
    mask = rng.binomial(1, 1.0 - p, size=A.shape) / (1.0 - p)
    return A * mask, {"mask": mask}
