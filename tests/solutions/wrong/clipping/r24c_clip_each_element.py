"""clipping.clip_by_global_norm: the np.clip(g, -max_norm, max_norm) snippet: clips each element (clip by value), not the global norm."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    return {k: np.clip(g, -max_norm, max_norm) for k, g in grads.items()}, norm
