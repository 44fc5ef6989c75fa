"""r11 style: clipping with the squared norm accumulated by math.fsum, key by key."""

import math

import numpy as np


def clip_by_global_norm(grads, max_norm):
    arrays = {k: np.asarray(g, dtype=float) for k, g in grads.items()}
    norm = math.sqrt(math.fsum(float(np.vdot(a, a)) for a in arrays.values()))
    factor = 1.0 if norm == 0.0 else min(1.0, max_norm / norm)
    return {k: a * factor for k, a in arrays.items()}, norm
