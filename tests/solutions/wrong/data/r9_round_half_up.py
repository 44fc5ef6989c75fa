"""data.split_indices: rounds halves up with math.floor(x + 0.5), not Python's round (half to even): differs when f * n ends in .5."""

import math


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = math.floor(fractions[0] * n + 0.5)
    b = a + math.floor(fractions[1] * n + 0.5)
    return perm[:a], perm[a:b], perm[b:]
