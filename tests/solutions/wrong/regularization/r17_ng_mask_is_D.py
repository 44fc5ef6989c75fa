"""regularization.dropout_forward: out is right but the cache keeps Ng's boolean D as "mask", not D / keep_prob: backward then forgets the 1/(1 - p).

Habit: deeplearning.ai caches D and divides by keep_prob again in backward_propagation_with_dropout.
"""

import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": np.ones_like(A)}
    keep_prob = 1 - p
    D = rng.random(A.shape) < keep_prob
    return A * D / keep_prob, {"mask": D.astype(np.float64)}
