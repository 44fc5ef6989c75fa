"""clipping.clip_by_global_norm: always rescales to max_norm (scales small gradients UP, no min(1, .))"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    scale = max_norm / norm if norm > 0 else 1.0
    return {k: g * scale for k, g in grads.items()}, norm
