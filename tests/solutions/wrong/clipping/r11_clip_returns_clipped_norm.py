"""clipping.clip_by_global_norm: returns the norm AFTER clipping (min(norm, max_norm)), not the one measured before"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: g * scale for k, g in grads.items()}, norm * scale
