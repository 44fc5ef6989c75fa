"""clipping.clip_by_global_norm: Uses the sum of squares (Trask's error = sum delta**2) as the norm: no square root.

Habit: Grokking Deep Learning's squared error accumulator.
"""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    error = 0.0
    for key in grads:
        error += np.sum(np.asarray(grads[key], dtype=np.float64) ** 2)
    scale = 1.0 if error == 0 else min(1.0, max_norm / error)
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, float(error)
