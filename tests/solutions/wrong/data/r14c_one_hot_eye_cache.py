"""data.one_hot: RIGHT: rows picked by fancy indexing from a module-level cache of identity matrices keyed by K (indexing copies)"""
import numpy as np

_r14c_eye_cache = {}


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int).reshape(-1)
    k = int(n_classes) if n_classes is not None else (int(labels.max()) + 1 if labels.size else 0)
    if k not in _r14c_eye_cache:
        _r14c_eye_cache[k] = np.eye(k)
    return _r14c_eye_cache[k][labels]
