"""clipping.clip_by_global_norm: clips each array by its own norm (not the global one); returns the global norm"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    out = {}
    for k, g in grads.items():
        n_k = np.sqrt(np.sum(g ** 2))
        out[k] = g * min(1.0, max_norm / n_k) if n_k > 0 else g.copy()
    return out, norm
