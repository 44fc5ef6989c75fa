"""Clipping by global norm (r24 style: a physicist after Mehta et al.).

All gradients together form one vector |g> of the parameter space; its length
is sqrt(<g|g>). When it exceeds max_norm the vector is rescaled (its direction
kept), like renormalising a state.
"""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    braket = sum(float(np.vdot(g, g)) for g in map(np.asarray, grads.values()))
    norm = np.sqrt(braket)
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: scale * np.asarray(g, dtype=np.float64) for k, g in grads.items()}, float(norm)
