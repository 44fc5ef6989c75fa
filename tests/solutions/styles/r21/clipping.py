"""Global-norm clipping, written by a C-trained student: a manual accumulator loop, then a scaled copy into new buffers."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    sumsq = 0.0
    for key in grads:
        g = np.asarray(grads[key], dtype=np.float64).ravel()
        sumsq += float(np.dot(g, g))
    norm = float(np.sqrt(sumsq))
    scale = 1.0
    if norm > max_norm:                 # also skips norm == 0
        scale = max_norm / norm
    clipped = {}
    for key in grads:
        g = np.asarray(grads[key], dtype=np.float64)
        buf = np.empty_like(g)
        np.multiply(g, scale, out=buf)
        clipped[key] = buf
    return clipped, norm
