"""clipping.clip_by_global_norm: right: np.linalg.norm of the per-key norms is the global norm (sqrt of the sum of squares)"""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    """norm of the vector of norms; a new dict whatever the scale."""
    arrays = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    norm = float(np.linalg.norm([np.linalg.norm(g) for g in arrays.values()]))
    scale = 1.0 if norm == 0 else min(1.0, max_norm / norm)
    return {k: g * scale for k, g in arrays.items()}, norm
