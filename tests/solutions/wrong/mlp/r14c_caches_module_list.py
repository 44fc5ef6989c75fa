"""mlp.mlp_forward: caches kept in one module-level list, cleared and refilled each call: a caller's earlier caches become the new network's"""
import numpy as np

_r14c_mf_right = mlp_forward
_r14c_mf_caches = []


def mlp_forward(X, params, activations):
    out, caches = _r14c_mf_right(X, params, activations)
    _r14c_mf_caches.clear()
    _r14c_mf_caches.extend(caches)
    return out, _r14c_mf_caches
