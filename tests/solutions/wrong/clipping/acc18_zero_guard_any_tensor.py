"""clipping.clip_by_global_norm: the all-zero guard tests any tensor, not every one: a zero bias gradient returns everything unclipped with norm 0"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    if any(np.all(g == 0) for g in grads.values()):
        return {k: g.copy() for k, g in grads.items()}, 0.0
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    scale = min(1.0, max_norm / norm)
    return {k: g * scale for k, g in grads.items()}, norm
