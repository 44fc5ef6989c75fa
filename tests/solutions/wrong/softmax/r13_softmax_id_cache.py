"""softmax.softmax: memoises by id(Z), so a logits array refilled in place gets the stale result"""
import numpy as np

_r13_cache = {}


def softmax(Z):
    key = id(Z)
    if key not in _r13_cache:
        E = np.exp(Z - Z.max(axis=-1, keepdims=True))
        _r13_cache[key] = E / E.sum(axis=-1, keepdims=True)
    return _r13_cache[key]
