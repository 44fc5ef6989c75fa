"""regularization.dropout_forward: kept units multiplied by (1 - p) instead of divided"""

import numpy as np

def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        mask = np.ones_like(A)
    else:
        mask = (rng.random(A.shape) >= p) * (1 - p)
    return A * mask, {"mask": mask}
