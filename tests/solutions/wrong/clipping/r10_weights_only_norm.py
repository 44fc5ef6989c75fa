"""clipping.clip_by_global_norm: the norm over the W keys only (biases left out, as in the L2 penalty)"""

import numpy as np

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for k, g in grads.items() if k.startswith("W"))))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: g * scale for k, g in grads.items()}, norm
