"""data.train_val_test_split: shuffles with np.random.permutation, not the given rng"""

import numpy as np


def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    n = len(X)
    perm = np.random.permutation(n)
    a = round(fractions[0] * n)
    b = a + min(round(fractions[1] * n), n - a)
    parts = (perm[:a], perm[a:b], perm[b:])
    return tuple((X[p], Y[p]) for p in parts)
