"""Global-norm clipping with a loop over the keys (loops style)."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = 0.0
    for key in grads:
        total += float(np.sum(np.asarray(grads[key], dtype=np.float64) ** 2))
    norm = total ** 0.5
    factor = 1.0
    if norm > 0 and max_norm / norm < 1.0:
        factor = max_norm / norm
    clipped = {}
    for key in grads:
        clipped[key] = np.asarray(grads[key], dtype=np.float64) * factor
    return clipped, norm
