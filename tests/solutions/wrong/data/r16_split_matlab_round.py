"""data.split_indices: MATLAB's round (half away from zero, floor(x + 0.5)) for the cut points instead of Python's half-to-even: wrong when f * n ends in .5 (e.g. fractions (0.5, 0.25, 0.25), n = 10)"""
import math

import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train = int(math.floor(fractions[0] * n + 0.5))
    n_val = int(math.floor(fractions[1] * n + 0.5))
    return perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:]
