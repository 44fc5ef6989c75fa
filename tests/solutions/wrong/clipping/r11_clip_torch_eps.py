"""clipping.clip_by_global_norm: PyTorch's habit: scale = max_norm / (norm + 1e-6), slightly below min(1, max_norm / norm)"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    scale = max_norm / (norm + 1e-6)
    if scale >= 1.0:
        return {k: g.copy() for k, g in grads.items()}, norm
    return {k: g * scale for k, g in grads.items()}, norm
