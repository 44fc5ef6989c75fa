"""clipping.clip_by_global_norm: RIGHT: copies every array first (np.array), then scales the copies in place; the caller's dict and arrays are untouched.

Habit: Trask's weights -= alpha * ... in place, done on private copies.
"""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    clipped = {k: np.array(g, dtype=np.float64) for k, g in grads.items()}
    norm = float(np.sqrt(sum(np.vdot(g, g) for g in clipped.values())))
    if norm > max_norm:
        for g in clipped.values():
            g *= max_norm / norm
    return clipped, norm
