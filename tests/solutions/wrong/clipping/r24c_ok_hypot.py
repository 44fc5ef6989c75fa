"""clipping.clip_by_global_norm: Right: math.hypot of the per-tensor norms is the global norm (0.0 for no tensors); scale 1 when the norm is 0."""

import math

import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = math.hypot(*(float(np.linalg.norm(np.ravel(g))) for g in grads.values()))
    scale = min(1.0, max_norm / norm) if norm > 0 else 1.0
    return {k: np.multiply(g, scale) for k, g in grads.items()}, norm
