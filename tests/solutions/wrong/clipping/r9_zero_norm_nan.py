"""clipping.clip_by_global_norm: min(1, max_norm / norm) computed even for norm 0: division by zero."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = np.sqrt(sum(np.sum(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values()))
    scale = np.minimum(1.0, max_norm / norm)
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, float(norm)
