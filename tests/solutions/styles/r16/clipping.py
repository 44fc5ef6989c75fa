"""Global-norm clipping as TensorFlow writes it: the norm from the per-tensor l2 sums,
then scale = max_norm * min(1/norm, 1/max_norm)."""

import math

import numpy as np


def clip_by_global_norm(grads, max_norm):
    squares = [float(np.vdot(g, g)) for g in (np.asarray(v, dtype=np.float64).ravel() for v in grads.values())]
    norm = math.sqrt(math.fsum(squares))
    if norm == 0.0 or norm <= max_norm:
        scale = 1.0
    else:
        scale = max_norm / norm
    clipped = {k: np.asarray(v, dtype=np.float64) * scale for k, v in grads.items()}
    return clipped, norm
