"""Seeded split with numpy scalar sizes; one-hot filled with np.float64(1) (scalars style)."""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    perm = rng.permutation(n)
    f_train, f_val = float(fractions[0]), float(fractions[1])
    n_train = round(f_train * int(n))
    n_val = round(f_val * int(n))
    end_val = np.intp(n_train) + np.intp(n_val)
    return perm[:n_train], perm[n_train:end_val], perm[end_val:]


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    train, val, test = split_indices(np.shape(X)[0], rng, fractions)
    X, Y = np.asarray(X), np.asarray(Y)
    return (X[train], Y[train]), (X[val], Y[val]), (X[test], Y[test])


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=np.int64).ravel()
    K = np.int64(n_classes) if n_classes is not None else np.max(labels) + np.int64(1)
    out = np.zeros((labels.shape[0], int(K)), dtype=np.float64)
    for i in range(labels.shape[0]):
        out[i, labels[i]] = np.float64(1)
    return out
