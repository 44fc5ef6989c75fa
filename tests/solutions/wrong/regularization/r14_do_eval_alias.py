"""regularization.dropout_forward: RIGHT: eval returns A itself (out = A, as the docstring writes it) with a ones mask"""

import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        return A, {"mask": np.ones_like(A, dtype=float)}
    keep = rng.random(A.shape) >= p
    mask = keep / (1.0 - p)
    return A * mask, {"mask": mask}
