"""clipping.clip_by_global_norm: norm = grad' * grad, the squared norm (sqrt forgotten), used for the scale and returned"""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    """MATLAB's grad' * grad taken for the norm itself."""
    theta = np.concatenate([np.asarray(g, dtype=np.float64).ravel(order="F") for g in grads.values()])
    norm = float(theta @ theta)
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
