"""The split the way the Theano tutorials' load_data hands back train_set, valid_set, test_set,
each a (data, labels) pair, cut from one shuffled index vector; one-hot as Theano's to_one_hot."""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    """Disjoint, covering index arrays (train, val, test) for n examples; fractions sum to 1."""
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_valid = round(fractions[1] * n)
    train_set = perm[:n_train]
    valid_set = perm[n_train:n_train + n_valid]
    test_set = perm[n_train + n_valid:]
    return train_set, valid_set, test_set


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    """Split X (N, ...) and Y (N, ...) by split_indices: returns ((X_train, Y_train), (X_val, Y_val), (X_test, Y_test))."""
    data_x = np.asarray(X)
    data_y = np.asarray(Y)
    rval = []
    for idx in split_indices(len(data_x), rng, fractions):
        rval.append((data_x[idx], data_y[idx]))
    return tuple(rval)


def one_hot(labels, n_classes=None):
    """One-hot matrix (N, K) with a 1 at [i, labels[i]]; K = n_classes or max(labels) + 1."""
    y = np.asarray(labels).astype(np.int64).reshape(-1)
    nb_class = n_classes if n_classes is not None else (int(y.max()) + 1 if y.size else 0)
    ret = np.zeros((y.shape[0], nb_class))
    ret[np.arange(y.shape[0]), y] = 1.0
    return ret
