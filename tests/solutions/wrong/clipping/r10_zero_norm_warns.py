"""clipping.clip_by_global_norm: max_norm / norm computed with numpy even when the norm is 0: a divide-by-zero warning"""

import numpy as np

def clip_by_global_norm(grads, max_norm):
    norm = np.sqrt(sum(np.sum(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values()))
    scale = np.minimum(1.0, max_norm / np.float64(norm))
    return {k: g * scale for k, g in grads.items()}, float(norm)
