"""clipping.clip_by_global_norm: scale = 1 (an int) when not clipping keeps int gradients int"""

import numpy as np

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    scale = 1
    if norm > max_norm:
        scale = max_norm / norm
    return {k: g * scale for k, g in grads.items()}, norm
