"""clipping.clip_by_global_norm: a new dict, but each array is scaled in place (g *= coef, PyTorch's mul_): the caller's gradients are clipped too"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(float(np.sum(g * g)) for g in grads.values())))
    out = {}
    for k, g in grads.items():
        if norm > max_norm:
            g *= max_norm / norm
        out[k] = g
    return out, norm
