"""data.split_indices: splits twice as with Grus's two-way split_data (train, then the rest halved by the val share of the rest), so the val cut is round(f_val/(f_val+f_test) * rest), not round(f_val * n)."""

import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = [int(i) for i in rng.permutation(n)]
    n_train = round(fractions[0] * n)
    train, rest = perm[:n_train], perm[n_train:]
    n_val = round(fractions[1] / (fractions[1] + fractions[2]) * len(rest))
    return (np.array(train, dtype=np.int64), np.array(rest[:n_val], dtype=np.int64),
            np.array(rest[n_val:], dtype=np.int64))
