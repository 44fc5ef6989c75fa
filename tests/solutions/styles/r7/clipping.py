"""Clipping, r7 style: norm by math.fsum-free float accumulation, early return when nothing to clip."""

import math

import numpy as np


def clip_by_global_norm(grads, max_norm):
    arrays = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    norm = math.sqrt(sum(float(np.vdot(a, a)) for a in arrays.values()))
    if norm <= max_norm or norm == 0.0:
        return {k: a.copy() for k, a in arrays.items()}, norm
    scale = max_norm / norm
    return {k: a * scale for k, a in arrays.items()}, norm
