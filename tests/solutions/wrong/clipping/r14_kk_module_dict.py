"""clipping.clip_by_global_norm: one module-level output dict filled on every call (an earlier call's keys stay)"""
import numpy as np

_kk_out = {}


def clip_by_global_norm(grads, max_norm):
    norm = np.sqrt(sum(float(np.sum(g * g)) for g in grads.values()))
    scale = max_norm / norm if norm > max_norm else 1.0
    for k, g in grads.items():
        _kk_out[k] = g * scale
    return dict(_kk_out), norm
