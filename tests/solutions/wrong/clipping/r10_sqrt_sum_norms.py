"""clipping.clip_by_global_norm: sqrt of the sum of the per-key norms, not of their squares"""

import numpy as np

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.linalg.norm(g) for g in grads.values())))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: g * scale for k, g in grads.items()}, norm
