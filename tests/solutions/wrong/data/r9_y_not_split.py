"""data.train_val_test_split: splits X by the pieces but pairs each piece with the whole Y (Y never indexed)."""

import numpy as np


def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    X, Y = np.asarray(X), np.asarray(Y)
    return tuple((X[idx], Y) for idx in split_indices(len(X), rng, fractions))
