"""clipping.clip_by_global_norm: no guard for norm 0: max_norm / 0.0 raises ZeroDivisionError on all-zero gradients"""
import math

import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = math.sqrt(sum(float(np.sum(g ** 2)) for g in grads.values()))
    scale = min(1.0, max_norm / norm)
    return {k: g * scale for k, g in grads.items()}, norm
