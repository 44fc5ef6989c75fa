"""clipping.clip_by_global_norm: the norm is the sum of the per-key norms, not the root of all squares."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(sum(np.linalg.norm(np.asarray(g, dtype=np.float64)) for g in grads.values()))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
