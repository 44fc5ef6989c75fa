"""clipping.clip_by_global_norm: squares the raw entries: with exploding gradients (|g| ~ 1e200) g**2 overflows, norm = inf and every gradient is clipped to 0"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = np.sqrt(sum(np.sum(g * g) for g in grads.values()))
    scale = 1.0 if norm <= max_norm else max_norm / norm
    return {k: g * scale for k, g in grads.items()}, float(norm)
