"""data.split_indices: shuffles with Python's random module (Grus's random.seed / random.shuffle, seeded from rng) instead of rng.permutation(n), so the split is not the documented one."""

import random

import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    random.seed(int(rng.integers(2 ** 31)))
    idx = list(range(n))
    random.shuffle(idx)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    return (np.array(idx[:n_train], dtype=np.int64), np.array(idx[n_train:n_train + n_val], dtype=np.int64),
            np.array(idx[n_train + n_val:], dtype=np.int64))
