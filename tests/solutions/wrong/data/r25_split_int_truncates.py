"""data.split_indices: sizes by int(f * n), which truncates, instead of Python's round"""
import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    order = rng.permutation(n)
    n_train = int(fractions[0] * n)
    n_val = int(fractions[1] * n)
    return order[:n_train], order[n_train:n_train + n_val], order[n_train + n_val:]
