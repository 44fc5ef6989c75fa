"""clipping.clip_by_global_norm: clips each entry to [-max_norm, max_norm] (clipping by value) instead of rescaling."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.asarray(g, dtype=np.float64) ** 2) for g in grads.values())))
    return {k: np.clip(np.asarray(g, dtype=np.float64), -max_norm, max_norm) for k, g in grads.items()}, norm
