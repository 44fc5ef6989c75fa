"""data.split_indices: int(f * n) (sklearn-like floor) instead of Python's round: 0.2 * 9 = 1.8 gives 1 validation index, not 2."""

import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train, n_val = int(fractions[0] * n), int(fractions[1] * n)
    return perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:]
