"""Global-norm clipping with a scaled norm that cannot overflow (stable style)."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    flat = np.concatenate([np.ravel(np.asarray(g, dtype=np.float64)) for g in grads.values()] or [np.zeros(0)])
    big = np.max(np.abs(flat)) if flat.size else 0.0
    norm = float(big * np.sqrt(np.sum((flat / big) ** 2))) if big > 0 else 0.0
    scale = max_norm / norm if norm > max_norm else 1.0
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
