"""A correct solution of exercises/clipping.py, style r6: math.hypot-free, norm from einsum over raveled arrays."""
import math

import numpy as np


def clip_by_global_norm(grads, max_norm):
    arrays = {k: np.asarray(v, dtype=np.float64) for k, v in grads.items()}
    # scale by the largest entry first so huge or tiny gradients neither overflow nor underflow
    biggest = max((float(np.abs(a).max()) for a in arrays.values() if a.size), default=0.0)
    if biggest == 0.0:
        return {k: a.copy() for k, a in arrays.items()}, 0.0
    squares = sum(float(np.einsum("i,i->", a.ravel() / biggest, a.ravel() / biggest)) for a in arrays.values())
    norm = biggest * math.sqrt(squares)
    factor = min(1.0, float(max_norm) / norm)
    return {k: a * factor for k, a in arrays.items()}, norm
