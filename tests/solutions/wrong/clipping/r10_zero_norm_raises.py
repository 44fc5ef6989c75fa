"""clipping.clip_by_global_norm: min(1, max_norm / norm) in Python floats: ZeroDivisionError for all-zero gradients"""

import numpy as np

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(float(np.sum(np.square(g))) for g in grads.values())))
    scale = min(1.0, max_norm / norm)
    return {k: g * scale for k, g in grads.items()}, norm
