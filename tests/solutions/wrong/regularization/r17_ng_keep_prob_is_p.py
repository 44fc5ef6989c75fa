"""regularization.dropout_forward: Treats p as Ng's keep_prob (D = rand < keep_prob, A * D / keep_prob), but p is the DROP probability here.

Habit: deeplearning.ai's forward_propagation_with_dropout(X, parameters, keep_prob).
"""

import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        return A.copy(), {"mask": np.ones_like(A)}
    keep_prob = p
    D = rng.random(A.shape) < keep_prob
    mask = D / keep_prob
    return A * mask, {"mask": mask}
