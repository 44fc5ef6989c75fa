"""clipping.clip_by_global_norm: min(1, norm / max_norm), the ratio upside down"""

import numpy as np

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    scale = min(1.0, norm / max_norm)
    return {k: g * scale for k, g in grads.items()}, norm
