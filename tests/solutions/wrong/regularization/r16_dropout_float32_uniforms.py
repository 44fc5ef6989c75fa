"""regularization.dropout_forward: RIGHT: the uniforms drawn as float32 (rng.random(shape, dtype=np.float32)), still only from rng, keep = u >= p"""

import numpy as np


def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        mask = np.ones(np.shape(A))
    else:
        keep = rng.random(np.shape(A), dtype=np.float32) >= p
        mask = keep / (1.0 - p)
    return A * mask, {"mask": mask}
