"""clipping.clip_by_global_norm: Returns the norm measured AFTER clipping (at most max_norm), not the one before.

Habit: Trask prints the running error after the update.
"""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = 0.0
    for key in grads:
        total += np.sum(np.asarray(grads[key], dtype=np.float64) ** 2)
    norm = np.sqrt(total)
    alpha = 1.0 if norm == 0 else min(1.0, max_norm / norm)
    return {k: np.asarray(g, dtype=np.float64) * alpha for k, g in grads.items()}, float(norm * alpha)
