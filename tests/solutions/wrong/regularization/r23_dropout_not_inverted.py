"""regularization.dropout_forward: classic (non-inverted) dropout: train mask = keep with no 1/(1-p), and eval scales by (1 - p)"""

import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    """Hinton's original dropout: drop at train time, scale the activations at test time."""
    A = np.asarray(A, dtype=np.float64)
    if mode == "train":
        mask = (rng.random(A.shape) >= p).astype(np.float64)
    else:
        mask = np.full(A.shape, 1.0 - p)
    return A * mask, {"mask": mask}
