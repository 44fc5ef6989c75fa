"""regularization.dropout_forward: eval scales by (1 - p) as classic dropout does (not inverted)"""

import numpy as np

def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        mask = np.full(A.shape, 1 - p)
    else:
        mask = (rng.random(A.shape) >= p) / (1 - p)
    return A * mask, {"mask": mask}
