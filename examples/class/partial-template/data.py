"""Exercise: the seeded train/validation/test split and one-hot labels.

The split shuffles once with rng.permutation(n) (the Generator you are
given) and cuts the permutation into consecutive pieces: the first
round(f_train * n) indices train, the next round(f_val * n) validate (Python's
round, half to even) and the rest test. Follow that exactly and your split
equals the reference one index for index.
"""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    """Disjoint, covering index arrays (train, val, test) for n examples; fractions sum to 1."""
    raise NotImplementedError


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    """Split X (N, ...) and Y (N, ...) by split_indices: returns ((X_train, Y_train), (X_val, Y_val), (X_test, Y_test))."""
    raise NotImplementedError


def one_hot(labels, n_classes=None):
    """One-hot matrix (N, K) with a 1 at [i, labels[i]]; K = n_classes or max(labels) + 1."""
    raise NotImplementedError
