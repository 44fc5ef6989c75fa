"""Global-norm clipping from helpers (helpers style)."""

import numpy as np


def _global_norm(arrays):
    return float(np.sqrt(sum(np.sum(a * a) for a in arrays)))


def _factor(norm, max_norm):
    return 1.0 if norm == 0.0 else min(1.0, max_norm / norm)


def clip_by_global_norm(grads, max_norm):
    arrays = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    norm = _global_norm(arrays.values())
    c = _factor(norm, max_norm)
    return {k: c * a for k, a in arrays.items()}, norm
