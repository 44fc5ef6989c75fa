"""optim.minibatch_indices: the shuffled order cached per (n, batch_size) in a module dict: every later epoch (any rng) gets the first epoch's batches again"""
import numpy as np

_mbi_cached_orders = {}


def minibatch_indices(n, batch_size, rng):
    key = (n, batch_size)
    if key not in _mbi_cached_orders:
        _mbi_cached_orders[key] = rng.permutation(n)
    perm = _mbi_cached_orders[key]
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
