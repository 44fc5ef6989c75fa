"""clipping.clip_by_global_norm: result dict kept in a mutable default argument: same dict every call, keys of earlier calls stay"""
import numpy as np


def clip_by_global_norm(grads, max_norm, clipped={}):
    norm = float(np.sqrt(sum(float(np.sum(np.square(g))) for g in grads.values())))
    scale = 1.0 if norm == 0 else min(1.0, max_norm / norm)
    for k, g in grads.items():
        clipped[k] = np.asarray(g) * scale
    return clipped, norm
