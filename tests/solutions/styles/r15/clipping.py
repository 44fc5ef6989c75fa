"""Gradient clipping by the global norm, written the TensorFlow way.

tf.clip_by_global_norm scales by max_norm / max(norm, max_norm), which is 1
when the norm is within bounds and also when it is 0 (no division by zero).
The norm is taken with the largest magnitude factored out first, so that
gradients of 1e200 or 1e-200 do not overflow or underflow on the way.
"""

import math

import numpy as np


def _global_norm(arrays):
    peak = max((float(np.max(np.abs(a))) for a in arrays if np.size(a)), default=0.0)
    if peak == 0.0 or not math.isfinite(peak):
        return peak
    total = math.fsum(float(np.vdot(a / peak, a / peak)) for a in arrays if np.size(a))
    return peak * math.sqrt(total)


def clip_by_global_norm(grads, max_norm):
    arrays = [np.asarray(g, dtype=float) for g in grads.values()]
    norm = _global_norm(arrays)
    scale = max_norm / max(norm, max_norm)
    clipped = {key: np.array(a * scale, copy=True) for key, a in zip(grads, arrays)}
    return clipped, norm
