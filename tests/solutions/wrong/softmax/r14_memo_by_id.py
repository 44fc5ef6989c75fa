"""softmax.softmax: memoises results by id(Z), so a caller who refills its logits array in place gets the old softmax back"""
import numpy as np

_R14MEMO = {}


def softmax(Z):
    key = (id(Z), np.shape(Z))
    if key not in _R14MEMO:
        E = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
        _R14MEMO[key] = E / E.sum(axis=-1, keepdims=True)
    return _R14MEMO[key]
