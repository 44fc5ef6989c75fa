"""Correct solution, style r5: the global norm measured after scaling by the largest entry (no overflow of g^2)."""

import math

import numpy as np


def clip_by_global_norm(grads, max_norm):
    arrays = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    big = max((float(np.max(np.abs(g), initial=0.0)) for g in arrays.values()), default=0.0)
    if big == 0.0 or not math.isfinite(big):
        norm = big
    else:
        norm = big * math.sqrt(math.fsum(float(np.sum((g / big) ** 2)) for g in arrays.values()))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: g * scale for k, g in arrays.items()}, norm
