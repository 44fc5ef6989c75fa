"""clipping.clip_by_global_norm: the norm comes back as a one-element array (keepdims), not a number"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    flat = np.concatenate([np.ravel(g) for g in grads.values()])
    norm = np.sqrt(np.sum(flat * flat, keepdims=True))
    scale = min(1.0, max_norm / norm[0]) if norm[0] > 0 else 1.0
    return {k: g * scale for k, g in grads.items()}, norm
