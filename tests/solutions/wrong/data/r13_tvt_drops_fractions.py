"""data.train_val_test_split: ignores its fractions argument and always splits 60/20/20"""
import numpy as np


def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    n = len(X)
    perm = rng.permutation(n)
    a = round(0.6 * n)
    b = a + round(0.2 * n)
    parts = (perm[:a], perm[a:b], perm[b:])
    return tuple((X[p], Y[p]) for p in parts)
