"""Seeded split and one-hot labels with explicit loops (loops style)."""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    perm = rng.permutation(n)
    sizes = [round(fractions[0] * n), round(fractions[1] * n)]
    pieces = []
    start = 0
    for size in sizes:
        pieces.append(perm[start:start + size])
        start += size
    pieces.append(perm[start:])
    return tuple(pieces)


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    X = np.asarray(X)
    Y = np.asarray(Y)
    result = []
    for idx in split_indices(X.shape[0], rng, fractions):
        result.append((X[idx], Y[idx]))
    return tuple(result)


def one_hot(labels, n_classes=None):
    labels = [int(v) for v in np.asarray(labels).ravel()]
    if n_classes is None:
        n_classes = 0
        for v in labels:
            n_classes = max(n_classes, v + 1)
    out = np.zeros((len(labels), n_classes))
    for i, v in enumerate(labels):
        out[i, v] = 1.0
    return out
