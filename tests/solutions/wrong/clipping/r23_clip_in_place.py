"""clipping.clip_by_global_norm: the caller's gradient arrays are scaled in place (g *= scale, as AIMA updates its nodes) and returned in the new dict"""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    """Global norm right, but the scaling writes into the arrays it was given."""
    norm = float(np.sqrt(sum(np.sum(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values())))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    clipped = {}
    for k, g in grads.items():
        if isinstance(g, np.ndarray) and g.dtype == np.float64:
            g *= scale
            clipped[k] = g
        else:
            clipped[k] = np.asarray(g, dtype=np.float64) * scale
    return clipped, norm
