"""data in the r20 habit: Geron's shuffle_and_split_data and np.eye one-hot."""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    shuffled_indices = rng.permutation(n)
    train_set_size = round(fractions[0] * n)
    val_set_size = round(fractions[1] * n)
    train_indices = shuffled_indices[:train_set_size]
    val_indices = shuffled_indices[train_set_size:train_set_size + val_set_size]
    test_indices = shuffled_indices[train_set_size + val_set_size:]
    return train_indices, val_indices, test_indices


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    train_idx, val_idx, test_idx = split_indices(len(X), rng, fractions)
    return (X[train_idx], Y[train_idx]), (X[val_idx], Y[val_idx]), (X[test_idx], Y[test_idx])


def one_hot(labels, n_classes=None):
    y = np.asarray(labels).astype(int).ravel()
    K = int(y.max()) + 1 if n_classes is None else n_classes
    return np.eye(K)[y]
