"""clipping.clip_by_global_norm: each key clipped by its own norm; the global norm only returned."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    out = {}
    for k, g in grads.items():
        g = np.asarray(g, dtype=np.float64)
        n = np.linalg.norm(g)
        out[k] = g * min(1.0, max_norm / n) if n > 0 else g.copy()
    norm = float(np.sqrt(sum(np.sum(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values())))
    return out, norm
