"""Seeded split and one-hot (noisy style): prints sizes, warnings silenced with catch_warnings."""

import warnings

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    print(f"split {n}: {n_train} train, {n_val} val, {n - n_train - n_val} test")
    if abs(sum(fractions) - 1) > 1e-9:
        warnings.warn("fractions do not sum to 1")
    return perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:]


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tr, va, te = split_indices(len(X), rng, fractions)
    X, Y = np.asarray(X), np.asarray(Y)
    print("shapes", X[tr].shape, X[va].shape, X[te].shape)
    return (X[tr], Y[tr]), (X[va], Y[va]), (X[te], Y[te])


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels).astype(int).reshape(-1)
    K = n_classes if n_classes is not None else int(labels.max()) + 1
    print("one_hot", labels.size, "labels,", K, "classes")
    out = np.zeros((labels.size, K))
    out[np.arange(labels.size), labels] = 1.0
    return out


print(one_hot([0, 2, 1]))
