"""regularization.dropout_forward: one draw per example (row), so whole rows are dropped together instead of each entry independently"""

import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    if mode != "train":
        return A.copy(), {"mask": np.ones(A.shape)}
    keep = rng.random((A.shape[0],) + (1,) * (A.ndim - 1)) >= p
    mask = np.broadcast_to(keep / (1.0 - p), A.shape).copy()
    return A * mask, {"mask": mask}
