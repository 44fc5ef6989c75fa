"""clipping.clip_by_global_norm: scales the caller's arrays in place (g *= scale) and returns them"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    out = {}
    for k, g in grads.items():
        g *= scale
        out[k] = g
    return out, norm
