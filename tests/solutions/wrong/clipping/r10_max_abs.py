"""clipping.clip_by_global_norm: the largest absolute entry (infinity norm) instead of the L2 norm"""

import numpy as np

def clip_by_global_norm(grads, max_norm):
    norm = float(max(np.max(np.abs(g)) for g in grads.values()))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: g * scale for k, g in grads.items()}, norm
