"""regularization.dropout_forward: one keep draw per unit repeated over the batch rows, not one per entry"""

import numpy as np

def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        mask = np.ones_like(A)
    else:
        keep = rng.random(A.shape[-1:]) >= p
        mask = np.broadcast_to(keep / (1 - p), A.shape).copy()
    return A * mask, {"mask": mask}
