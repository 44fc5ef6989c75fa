"""clipping.clip_by_global_norm: each gradient clipped by its own norm (norm(W1grad(:)), ...) instead of the one global norm over all keys"""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    """Per-array clipping; the reported norm is the global one."""
    clipped, total = {}, 0.0
    for k, g in grads.items():
        g = np.asarray(g, dtype=np.float64)
        n = float(np.sqrt(np.sum(g ** 2)))
        total += n ** 2
        clipped[k] = g * min(1.0, max_norm / n) if n > 0 else g.copy()
    return clipped, float(np.sqrt(total))
