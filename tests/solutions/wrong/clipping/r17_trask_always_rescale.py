"""clipping.clip_by_global_norm: Scales by max_norm / norm always (the min with 1 forgotten): small gradients are blown up to norm max_norm.

Habit: Trask-style normalisation of a delta, applied unconditionally.
"""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = 0.0
    for key in grads:
        total += np.sum(np.asarray(grads[key], dtype=np.float64) ** 2)
    norm = float(np.sqrt(total))
    alpha = max_norm / norm if norm > 0 else 1.0
    return {k: np.asarray(g, dtype=np.float64) * alpha for k, g in grads.items()}, norm
