"""clipping.clip_by_global_norm: unchanged gradients returned as the caller's own arrays (aliased, not new)"""

import numpy as np

def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    if norm <= max_norm:
        return dict(grads), norm
    return {k: g * (max_norm / norm) for k, g in grads.items()}, norm
