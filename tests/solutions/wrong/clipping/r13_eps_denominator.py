"""clipping.clip_by_global_norm: PyTorch-style max_norm / (norm + 1e-6): the clipped norm falls short of max_norm, badly for small norms"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    scale = min(1.0, max_norm / (norm + 1e-6))
    return {k: g * scale for k, g in grads.items()}, norm
