"""Splits as in makemore: shuffle once, then n1 = int(0.8*len), n2 = int(0.9*len), Xtr = X[:n1] ...

Here the cut points follow the docstring's rule (Python's round, consecutive
pieces of one rng.permutation), and one-hots are np.eye(K)[labels].
"""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    """Disjoint, covering index arrays (train, val, test) for n examples; fractions sum to 1."""
    perm = rng.permutation(n)
    n1 = round(fractions[0] * n)
    n2 = n1 + round(fractions[1] * n)
    return perm[:n1], perm[n1:n2], perm[n2:]


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    """Split X (N, ...) and Y (N, ...) by split_indices."""
    itr, iva, ite = split_indices(len(X), rng, fractions)
    X = np.asarray(X)
    Y = np.asarray(Y)
    return (X[itr], Y[itr]), (X[iva], Y[iva]), (X[ite], Y[ite])


def one_hot(labels, n_classes=None):
    """One-hot matrix (N, K) with a 1 at [i, labels[i]]; K = n_classes or max(labels) + 1."""
    labels = np.asarray(labels, dtype=int).reshape(-1)
    if n_classes is None:
        n_classes = int(labels.max()) + 1 if labels.size else 0
    return np.eye(n_classes)[labels]
