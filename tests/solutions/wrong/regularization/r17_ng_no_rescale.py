"""regularization.dropout_forward: Multiplies by the keep mask D without dividing by keep_prob: plain dropout, not inverted (the mean shrinks by 1 - p).

Habit: deeplearning.ai's step 3 (A = A * D) done, step 4 (A = A / keep_prob) forgotten.
"""

import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": np.ones_like(A)}
    D = (rng.random(A.shape) < 1 - p).astype(np.float64)
    return A * D, {"mask": D}
