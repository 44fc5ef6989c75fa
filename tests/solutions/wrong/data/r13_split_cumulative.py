"""data.split_indices: the validation end rounded cumulatively, round((f_train + f_val) * n), not n_train + round(f_val * n): e.g. n = 7 gives 4/2/1 instead of 4/1/2"""
import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = round(fractions[0] * n)
    b = round((fractions[0] + fractions[1]) * n)
    return perm[:a], perm[a:b], perm[b:]
