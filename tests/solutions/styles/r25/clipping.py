"""Clipping by global norm, written by an APL/J mind: the norm is the square root of one reduction over the
catenated ravels of every gradient; the scale is the floor of 1 and max_norm / norm.
"""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    flat = np.concatenate([np.ravel(g).astype(np.float64) for g in grads.values()] + [np.zeros(0)])
    norm = float(np.sqrt(np.add.reduce(np.square(flat))))
    scale = np.minimum(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
