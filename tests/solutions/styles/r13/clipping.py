"""clipping with an overflow-safe global norm (scaled by the largest entry) (style r13)."""

import math

import numpy as np


def clip_by_global_norm(grads, max_norm):
    arrays = {k: np.asarray(g) for k, g in grads.items()}
    peak = max((float(np.max(np.abs(a))) for a in arrays.values() if a.size), default=0.0)
    if peak == 0.0 or not math.isfinite(peak):
        norm = peak
    else:
        # sum of squares of g / peak (all <= 1) cannot overflow, then scale back
        total = math.fsum(float(np.einsum("i,i->", (a / peak).ravel(), (a / peak).ravel()))
                          for a in arrays.values())
        norm = peak * math.sqrt(total)
    factor = 1.0 if norm <= max_norm else max_norm / norm
    return {k: a * factor for k, a in arrays.items()}, norm
