"""clipping.clip_by_global_norm: the squared norm (the sqrt forgotten) used and returned."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(sum(np.sum(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values()))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
