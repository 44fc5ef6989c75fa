"""clipping.clip_by_global_norm: compares the SQUARED norm with max_norm (scales up gradients whose norm lies between sqrt(max_norm) and max_norm)"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    squared = sum(float(np.sum(np.square(g))) for g in grads.values())
    norm = np.sqrt(squared)
    if squared > max_norm:
        return {k: g * (max_norm / norm) for k, g in grads.items()}, norm
    return {k: np.array(g, copy=True) for k, g in grads.items()}, norm
