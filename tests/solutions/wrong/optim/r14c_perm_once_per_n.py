"""optim.minibatch_indices: the permutation is drawn once per n and reused: every later epoch has the first epoch's order"""
import numpy as np

_r14c_mbi_perm = {}


def minibatch_indices(n, batch_size, rng):
    if n not in _r14c_mbi_perm:
        _r14c_mbi_perm[n] = rng.permutation(n)
    perm = _r14c_mbi_perm[n]
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
