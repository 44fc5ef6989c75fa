"""A correct solution of exercises/data.py, style r7: cut points by accumulation, np.split, comparison-based one-hot."""
import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    perm = rng.permutation(n)
    n_train = int(round(float(fractions[0]) * int(n)))
    n_val = int(round(float(fractions[1]) * int(n)))
    train, val, test = np.split(perm, [min(n_train, len(perm)), min(n_train + n_val, len(perm))])
    return train, val, test


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    X, Y = np.asarray(X), np.asarray(Y)
    return tuple((X[part], Y[part]) for part in split_indices(len(X), rng, fractions))


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels).astype(np.int64).reshape(-1)
    k = int(n_classes) if n_classes is not None else int(labels.max()) + 1
    return (labels[:, None] == np.arange(k)[None, :]).astype(np.float64)
