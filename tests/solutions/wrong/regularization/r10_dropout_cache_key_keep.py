"""regularization.dropout_forward: the cache's key is 'keep', not 'mask'"""

import numpy as np

def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        mask = np.ones_like(A)
    else:
        mask = (rng.random(A.shape) >= p) / (1 - p)
    return A * mask, {"keep": mask}
