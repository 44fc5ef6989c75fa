"""clipping.clip_by_global_norm: root of the mean square (divided by the number of entries), not of the sum"""

import numpy as np

def clip_by_global_norm(grads, max_norm):
    flat = np.concatenate([np.ravel(g) for g in grads.values()])
    norm = float(np.sqrt(np.mean(flat ** 2)))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: g * scale for k, g in grads.items()}, norm
