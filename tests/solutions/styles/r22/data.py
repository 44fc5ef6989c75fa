"""Exercise: the seeded train/validation/test split and one-hot labels.

Data Science from Scratch style: the split is list bookkeeping (Grus's split_data),
only the shuffle comes from the Generator; numpy at the end for the return types.
"""

from typing import List, Tuple

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def _cut_points(n: int, fractions: Tuple[float, ...]) -> Tuple[int, int]:
    """Where the train piece ends and where the validation piece ends."""
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    return n_train, n_train + n_val


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    """Disjoint, covering index arrays (train, val, test) for n examples; fractions sum to 1."""
    shuffled: List[int] = [int(i) for i in rng.permutation(n)]
    end_train, end_val = _cut_points(n, fractions)
    pieces = (shuffled[:end_train], shuffled[end_train:end_val], shuffled[end_val:])
    return tuple(np.array(piece, dtype=np.int64) for piece in pieces)


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    """Split X (N, ...) and Y (N, ...) by split_indices: returns ((X_train, Y_train), (X_val, Y_val), (X_test, Y_test))."""
    X = np.asarray(X)
    Y = np.asarray(Y)
    pieces = split_indices(len(X), rng, fractions)
    return tuple((X[idx], Y[idx]) for idx in pieces)


def one_hot(labels, n_classes=None):
    """One-hot matrix (N, K) with a 1 at [i, labels[i]]; K = n_classes or max(labels) + 1."""
    label_list = [int(v) for v in np.asarray(labels).ravel()]
    k = n_classes if n_classes is not None else max(label_list) + 1
    rows = [[1.0 if j == label else 0.0 for j in range(k)] for label in label_list]
    return np.array(rows, dtype=np.float64).reshape(len(label_list), k)
