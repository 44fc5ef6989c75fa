"""clipping.clip_by_global_norm: Rescales each key by its OWN norm (a loop doing one weight_delta at a time), not by the global norm of all keys.

Habit: Trask updates each weight matrix separately in its own loop line.
"""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = 0.0
    clipped = {}
    for key in grads:
        weight_delta = np.asarray(grads[key], dtype=np.float64)
        n = np.sqrt(np.sum(weight_delta ** 2))
        total += n ** 2
        clipped[key] = weight_delta * (min(1.0, max_norm / n) if n > 0 else 1.0)
    return clipped, float(np.sqrt(total))
