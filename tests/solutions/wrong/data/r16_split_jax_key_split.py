"""data.split_indices: JAX habit, the key is split before use (a child Generator seeded from rng.integers), so the permutation is not rng.permutation(n) of the given Generator"""
import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    subkey = np.random.default_rng(rng.integers(0, 2**32))
    perm = subkey.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    return perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:]
