"""A correct student solution of exercises/clipping.py: the norm in pure Python (math.fsum), arrays made at the end."""

import math

import numpy as np


def clip_by_global_norm(grads, max_norm):
    flat = {k: np.asarray(g, dtype=np.float64).ravel().tolist() for k, g in grads.items()}
    norm = math.sqrt(math.fsum(x * x for values in flat.values() for x in values))
    scale = 1.0 if norm == 0.0 else min(1.0, max_norm / norm)
    clipped = {k: np.array([x * scale for x in flat[k]], dtype=np.float64).reshape(np.shape(grads[k]))
               for k in grads}
    return clipped, norm
