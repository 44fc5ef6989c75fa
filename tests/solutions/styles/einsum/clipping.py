"""Global-norm clipping with einsum sums of squares (einsum style)."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    arrays = {k: np.asarray(g, dtype=np.float64) for k, g in grads.items()}
    sq = sum(float(np.einsum("i,i->", a.reshape(-1), a.reshape(-1))) for a in arrays.values())
    norm = float(np.sqrt(sq))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: a * scale for k, a in arrays.items()}, norm
