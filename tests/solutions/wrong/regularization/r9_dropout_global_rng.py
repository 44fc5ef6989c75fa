"""regularization.dropout_forward: draws from np.random.rand, not from the Generator it is given."""

import numpy as np

def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode == "train":
        mask = (np.random.rand(*A.shape) >= p) / (1 - p)
    else:
        mask = np.ones(A.shape)
    return A * mask, {"mask": mask}
