"""clipping.clip_by_global_norm: Right: math.hypot of per-tensor norms (functools.reduce) is the global norm, overflow-safe."""


import functools
import math


def clip_by_global_norm(grads, max_norm):
    norm = functools.reduce(math.hypot, (float(np.linalg.norm(np.ravel(g))) for g in grads.values()), 0.0)
    scale = 1.0 if norm == 0 else min(1.0, max_norm / norm)
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
