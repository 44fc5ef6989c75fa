"""Seeded split and one-hot labels (habit: scikit-learn, train_test_split's _validate_shuffle_split and LabelBinarizer).

The sizes are computed first as in sklearn's _validate_shuffle_split (n_train, n_val, then the rest),
the permutation comes from the Generator passed as random_state, and one_hot builds its matrix like
LabelBinarizer with classes_ = arange(K).
"""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def _validate_shuffle_split(n_samples, fractions):
    """(n_train, n_val, n_test) from the fractions, Python's round for the first two."""
    n_train = int(round(fractions[0] * n_samples))
    n_val = int(round(fractions[1] * n_samples))
    return n_train, n_val, n_samples - n_train - n_val


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    """Disjoint, covering index arrays (train, val, test) for n examples; fractions sum to 1."""
    n_train, n_val, _ = _validate_shuffle_split(n, fractions)
    permutation = rng.permutation(n)
    ind_train = permutation[:n_train]
    ind_val = permutation[n_train:n_train + n_val]
    ind_test = permutation[n_train + n_val:]
    return ind_train, ind_val, ind_test


def _safe_indexing(X, indices):
    """Rows of X at indices (sklearn's _safe_indexing for arrays)."""
    return np.asarray(X)[indices]


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    """Split X (N, ...) and Y (N, ...) by split_indices: returns ((X_train, Y_train), (X_val, Y_val), (X_test, Y_test))."""
    splits = split_indices(len(X), rng, fractions)
    return tuple((_safe_indexing(X, idx), _safe_indexing(Y, idx)) for idx in splits)


def one_hot(labels, n_classes=None):
    """One-hot matrix (N, K) with a 1 at [i, labels[i]]; K = n_classes or max(labels) + 1."""
    y = np.asarray(labels).astype(np.int64).ravel()
    n_classes_ = int(n_classes) if n_classes is not None else int(y.max()) + 1
    classes_ = np.arange(n_classes_)
    # LabelBinarizer compares each label with every class
    return (y[:, None] == classes_[None, :]).astype(np.float64)
