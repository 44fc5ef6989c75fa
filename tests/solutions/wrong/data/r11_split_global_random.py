"""data.split_indices: shuffles with np.random.permutation, ignoring the Generator rng (not reproducible)"""
import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = np.random.permutation(n)
    a = round(fractions[0] * n)
    b = a + round(fractions[1] * n)
    return perm[:a], perm[a:b], perm[b:]
