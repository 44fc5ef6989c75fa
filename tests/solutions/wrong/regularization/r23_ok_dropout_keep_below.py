"""regularization.dropout_forward: right: keep = rng.random(shape) < 1 - p is another rule with the same keep probability 1 - p, drawing only from rng"""

import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    """Keep where the uniform draw falls below 1 - p (any such rule is allowed)."""
    A = np.asarray(A, dtype=np.float64)
    if mode == "train":
        mask = (rng.random(A.shape) < 1.0 - p) / (1.0 - p)
    else:
        mask = np.ones(A.shape)
    return A * mask, {"mask": mask}
