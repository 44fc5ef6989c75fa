"""Global-norm clipping with np.float64 scalars and copies (scalars style)."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    sq = np.float64(0)
    for g in grads.values():
        v = np.asarray(g, dtype=np.float64).ravel()
        sq += np.dot(v, v)
    norm = np.sqrt(sq)
    scale = np.float64(1) if norm == 0 else np.minimum(np.float64(1), np.float64(max_norm) / norm)
    clipped = {}
    for k, g in grads.items():
        c = np.array(g, dtype=np.float64)
        np.multiply(c, scale, out=c)
        clipped[k] = c
    return clipped, np.float64(norm)
