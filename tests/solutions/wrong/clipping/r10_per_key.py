"""clipping.clip_by_global_norm: each key clipped to max_norm by its own norm"""

import numpy as np

def clip_by_global_norm(grads, max_norm):
    clipped = {}
    total = 0.0
    for k, g in grads.items():
        n = float(np.sqrt(np.sum(g ** 2)))
        total += n ** 2
        clipped[k] = g * (max_norm / n) if n > max_norm else g * 1.0
    return clipped, float(np.sqrt(total))
