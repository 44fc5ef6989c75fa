"""Clipping by the global norm, np.matrix-era: the norm from np.multiply sums, float() of the 1x1 total."""

import math

import numpy as np


def clip_by_global_norm(grads, max_norm):
    """Rescale every g_k by min(1, max_norm / norm); returns (clipped dict, norm before clipping)."""
    sq = 0.0
    for k in grads:
        g = np.asarray(grads[k], dtype=np.float64)
        sq += float(np.multiply(g, g).sum())
    norm = math.sqrt(sq)
    scale = 1.0 if norm == 0 else min(1.0, max_norm / norm)
    return {k: np.multiply(np.asarray(grads[k]), scale) for k in grads}, norm
