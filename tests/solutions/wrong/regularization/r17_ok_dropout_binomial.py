"""regularization.dropout_forward: RIGHT: keep = rng.binomial(1, 1 - p, A.shape) is another rule drawing only from rng (each entry kept with 1 - p).

Habit: Ng's D mask drawn as Bernoulli(keep_prob) directly.
"""

import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A, {"mask": np.ones_like(A)}
    mask = rng.binomial(1, 1 - p, size=A.shape) / (1 - p)
    return A * mask, {"mask": mask}
