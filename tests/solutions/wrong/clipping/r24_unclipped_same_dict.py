"""clipping.clip_by_global_norm: returns the caller's own dict when nothing needs clipping (norm <= max_norm), where the docstring promises a new dict."""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    if norm <= max_norm:
        return grads, norm
    return {k: np.asarray(g, dtype=np.float64) * (max_norm / norm) for k, g in grads.items()}, norm
