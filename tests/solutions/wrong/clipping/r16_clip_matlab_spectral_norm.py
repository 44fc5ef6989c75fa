"""clipping.clip_by_global_norm: MATLAB port, norm(G) per tensor is the matrix 2-norm (largest singular value, np.linalg.norm(g, 2)) for a weight matrix, not the root of its sum of squares"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = 0.0
    for g in grads.values():
        g = np.asarray(g, dtype=np.float64)
        n = np.linalg.norm(g, 2) if g.ndim == 2 else np.linalg.norm(g.ravel())
        total += n ** 2
    norm = float(np.sqrt(total))
    scale = 1.0 if norm <= max_norm else max_norm / norm
    return {k: np.asarray(g, dtype=np.float64) * scale for k, g in grads.items()}, norm
