"""clipping with math.hypot over per-tensor norms (overflow-safe) and an explicit ratio branch."""

import math

import numpy as np


def _tensor_norm(g):
    flat = np.abs(np.asarray(g, dtype=np.float64)).ravel()
    if flat.size == 0:
        return 0.0
    peak = float(flat.max())
    if peak == 0.0 or not math.isfinite(peak):
        return peak
    scaled = flat / peak  # scale first: no overflow or underflow in the squares
    return peak * math.sqrt(float(np.dot(scaled, scaled)))


def clip_by_global_norm(grads, max_norm):
    norm = math.hypot(*(_tensor_norm(g) for g in grads.values()))
    if norm > max_norm:
        ratio = max_norm / norm
        clipped = {k: np.asarray(g) * ratio for k, g in grads.items()}
    else:
        clipped = {k: np.array(g, copy=True) for k, g in grads.items()}
    return clipped, norm
