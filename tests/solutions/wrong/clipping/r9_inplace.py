"""clipping.clip_by_global_norm: scales the caller's arrays in place (g *= scale) and returns them."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads.values())))
    if norm > max_norm:
        for g in grads.values():
            g *= max_norm / norm
    return dict(grads), norm
