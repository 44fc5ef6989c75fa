"""data.split_indices: memoised by (n, fractions): a later call with another rng gets the first call's split"""
import numpy as np

_r14c_split_memo = {}


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    key = (n, tuple(fractions))
    if key not in _r14c_split_memo:
        perm = rng.permutation(n)
        n_tr = round(fractions[0] * n)
        n_va = round(fractions[1] * n)
        _r14c_split_memo[key] = (perm[:n_tr], perm[n_tr:n_tr + n_va], perm[n_tr + n_va:])
    return _r14c_split_memo[key]
