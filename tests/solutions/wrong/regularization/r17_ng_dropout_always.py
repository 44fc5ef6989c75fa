"""regularization.dropout_forward: Drops units in eval mode too: Ng's forward_propagation_with_dropout has no mode, so `mode` is ignored.

Habit: deeplearning.ai uses a separate forward_propagation for prediction; this student has one function.
"""

import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    keep_prob = 1 - p
    D = rng.random(A.shape) < keep_prob
    mask = D / keep_prob
    return A * mask, {"mask": mask}
