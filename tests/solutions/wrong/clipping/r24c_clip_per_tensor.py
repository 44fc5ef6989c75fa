"""clipping.clip_by_global_norm: tf.clip_by_norm applied to each tensor separately: every tensor is scaled by its own norm, not the global one."""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    clipped = {}
    for k, g in grads.items():
        own = np.linalg.norm(np.ravel(g))
        clipped[k] = g * max_norm / own if own > max_norm else g * 1.0
    return clipped, norm
