"""clipping.clip_by_global_norm: clips only when norm > max_norm and then returns the very input dict when it does not."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values())))
    if norm <= max_norm:
        return grads, norm
    return {k: np.asarray(g, dtype=np.float64) * (max_norm / norm) for k, g in grads.items()}, norm
