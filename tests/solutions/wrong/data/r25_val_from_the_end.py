"""data.split_indices: cuts train, then test, then validation (the parts' Enum in another order), so validation takes the last round(f_val n) indices"""
import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    order = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    n_test = n - n_train - n_val
    return order[:n_train], order[n_train + n_test:], order[n_train:n_train + n_test]
