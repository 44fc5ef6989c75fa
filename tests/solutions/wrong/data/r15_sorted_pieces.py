"""data.split_indices: sorts each piece of the permutation (same sets, but not the permutation's order)"""
import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = round(fractions[0] * n)
    b = a + round(fractions[1] * n)
    return np.sort(perm[:a]), np.sort(perm[a:b]), np.sort(perm[b:])
