"""data.split_indices: the permutation memoised per n in a module dict: a second split of n examples ignores its rng and repeats the first one"""
import numpy as np

_split_cached_perms = {}


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    if n not in _split_cached_perms:
        _split_cached_perms[n] = rng.permutation(n)
    perm = _split_cached_perms[n]
    a = round(fractions[0] * n)
    b = a + round(fractions[1] * n)
    return perm[:a], perm[a:b], perm[b:]
