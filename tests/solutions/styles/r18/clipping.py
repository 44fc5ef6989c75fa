"""Global-norm clipping on MIT 6.036/6.390-style modules: each Linear holds dLdW (m, n) and dLdW0 (n, 1).

This student flattens every gradient into one long column vector, as 6.036 does for a gradient check
(np.vstack of the reshaped parameters), takes its norm, and scales every gradient by min(1, max_norm/norm).
"""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    arrays = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    theta = np.vstack([g.reshape(-1, 1) for g in arrays.values()] or [np.zeros((0, 1))])
    norm = float(np.sqrt(np.sum(theta ** 2)))
    scale = 1.0 if norm == 0 else min(1.0, max_norm / norm)
    return {k: g * scale for k, g in arrays.items()}, norm
