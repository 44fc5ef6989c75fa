"""A correct solution of exercises/data.py in Mitchell's words: a training set, a separate
validation set for deciding when to stop, and the rest held out to estimate the error."""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    order = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_validation = round(fractions[1] * n)
    training = order[:n_train]
    validation = order[n_train:n_train + n_validation]
    held_out = order[n_train + n_validation:]
    return training, validation, held_out


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    X, Y = np.asarray(X), np.asarray(Y)
    return tuple((X[part], Y[part]) for part in split_indices(len(X), rng, fractions))


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int).reshape(-1)
    if n_classes is None:
        n_classes = int(labels.max()) + 1 if labels.size else 0
    # one output unit per class: target 1 for the right unit, 0 for the others
    targets = np.zeros((labels.size, n_classes))
    targets[np.arange(labels.size), labels] = 1.0
    return targets
