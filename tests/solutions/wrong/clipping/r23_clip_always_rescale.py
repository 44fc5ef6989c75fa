"""clipping.clip_by_global_norm: g * max_norm / norm always: the min(1, .) is missing, so small gradients are scaled UP to max_norm"""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    """Normalise the gradient to length max_norm every time."""
    theta = np.concatenate([np.asarray(g, dtype=np.float64).ravel() for g in grads.values()])
    norm = float(np.sqrt(theta @ theta))
    scale = max_norm / norm if norm > 0 else 1.0
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
