"""data.split_indices: checks sum(fractions) == 1 exactly, so fractions like (0.7, 0.2, 0.1) (sum 0.9999999999999999) raise"""

import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    if sum(fractions) != 1:
        raise ValueError("fractions must sum to 1")
    perm = rng.permutation(n)
    a = round(fractions[0] * n)
    b = a + round(fractions[1] * n)
    return perm[:a], perm[a:b], perm[b:]
