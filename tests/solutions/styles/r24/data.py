"""The seeded split and one-hot labels, Caffe-style (style r24).

Caffe's data layers read a source with a shuffle flag and the labels as a
(N,) blob of class indices; the loss layers expand them to one-hot inside.
A Caffe student writes the split as the three "phases" TRAIN, VAL, TEST,
each a list file of indices.
"""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)

_PHASES = ("TRAIN", "VAL", "TEST")


def _phase_sources(n, rng, fractions):
    """{phase: index array}, cut from one rng.permutation(n) in TRAIN, VAL, TEST order."""
    order = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    bounds = {"TRAIN": (0, n_train), "VAL": (n_train, n_train + n_val), "TEST": (n_train + n_val, n)}
    return {phase: order[lo:hi] for phase, (lo, hi) in bounds.items()}


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    """Disjoint, covering index arrays (train, val, test) for n examples; fractions sum to 1."""
    sources = _phase_sources(n, rng, fractions)
    return tuple(sources[phase] for phase in _PHASES)


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    """((X_train, Y_train), (X_val, Y_val), (X_test, Y_test)) by split_indices."""
    X = np.asarray(X)
    Y = np.asarray(Y)
    return tuple((X[idx], Y[idx]) for idx in split_indices(X.shape[0], rng, fractions))


def one_hot(labels, n_classes=None):
    """One-hot matrix (N, K) with a 1 at [i, labels[i]]; K = n_classes or max(labels) + 1."""
    label_blob = np.asarray(labels).astype(np.int64).reshape(-1)
    num_output = int(n_classes) if n_classes is not None else int(label_blob.max()) + 1
    top = np.zeros((label_blob.shape[0], num_output), dtype=np.float64)
    top[np.arange(label_blob.shape[0]), label_blob] = 1.0
    return top
