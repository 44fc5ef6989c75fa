"""data.split_indices: Right: np.split(perm, [n_train, n_train + n_val]) cuts the same consecutive pieces (round as documented)."""

import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    train, val, test = np.split(perm, [n_train, n_train + n_val])
    return train, val, test
