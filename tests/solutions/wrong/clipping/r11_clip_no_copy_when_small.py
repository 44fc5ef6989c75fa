"""clipping.clip_by_global_norm: RIGHT: a new dict, but holding the caller's own arrays when nothing is clipped"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    if norm <= max_norm:
        return dict(grads), norm
    return {k: g * (max_norm / norm) for k, g in grads.items()}, norm
