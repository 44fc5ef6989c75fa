"""Correct solution of exercises/clipping.py, r4 style: the global norm by math.fsum of np.vdot over a generator, new arrays in a dict comprehension."""

import math

import numpy as np


def clip_by_global_norm(grads, max_norm):
    arrays = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    norm = math.sqrt(math.fsum(float(np.vdot(g, g)) for g in arrays.values()))
    scale = 1.0 if norm == 0.0 else min(1.0, max_norm / norm)
    return {k: g * scale for k, g in arrays.items()}, norm
