"""data.split_indices: shuffles with the global np.random (Geron's np.random.seed(42)), ignoring the Generator rng it is given"""
import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    np.random.seed(42)
    perm = np.random.permutation(n)
    n_train, n_val = round(fractions[0] * n), round(fractions[1] * n)
    return perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:]
