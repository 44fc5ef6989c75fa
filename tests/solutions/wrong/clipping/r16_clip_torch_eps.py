"""clipping.clip_by_global_norm: PyTorch's clip_grad_norm_ coefficient max_norm / (norm + 1e-6), clamped at 1: off by a relative 1e-6/norm, which is large for small gradients (norm 1e-4 clipped to 1e-5 comes out ~1% short)"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(float(np.sum(np.square(g))) for g in grads.values())))
    coef = min(1.0, max_norm / (norm + 1e-6))
    return {k: np.asarray(g, dtype=np.float64) * coef for k, g in grads.items()}, norm
