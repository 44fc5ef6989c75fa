"""clipping.clip_by_global_norm: squares tiny gradients directly, which underflow to 0 (norm 0 for entries ~1e-170), so nothing is clipped against a tiny max_norm"""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: g * scale for k, g in grads.items()}, norm
