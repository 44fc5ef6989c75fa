"""clipping.clip_by_global_norm: max_norm / norm on Python floats: ZeroDivisionError when every gradient is zero"""
import math

import numpy as np


def clip_by_global_norm(grads, max_norm):
    norm = math.sqrt(sum(float(np.sum(np.square(g))) for g in grads.values()))
    scale = min(1.0, max_norm / norm)
    return {k: g * scale for k, g in grads.items()}, norm
