"""A correct solution of exercises/data.py, style r8: np.split at cumulative cut points, np.eye rows for one-hot."""
import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    cuts = [min(n_train, n), min(n_train + n_val, n)]
    train, val, test = np.split(perm, cuts)
    return train, val, test


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    return tuple((X[part], Y[part]) for part in split_indices(len(X), rng, fractions))


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=np.int64).ravel()
    k = int(labels.max()) + 1 if n_classes is None else int(n_classes)
    return np.eye(k)[labels]
