"""Data handling: the seeded train/validation/test split, one-hot labels, toy data sets.

The split shuffles once with rng.permutation(n) and cuts the permutation into
consecutive pieces of sizes round(f_train * n), round(f_val * n) (Python's
round, half to even) and the rest (the test set), so the three index sets are
disjoint and cover 0..n-1.
"""

import numpy as np

DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    """Disjoint, covering index arrays (train, val, test) for n examples; fractions sum to 1."""
    fractions = tuple(float(f) for f in fractions)
    if len(fractions) != 3 or min(fractions) < 0 or not np.isclose(sum(fractions), 1.0):
        raise ValueError(f"fractions {fractions} must be three non-negative numbers summing to 1 (train, val, test)")
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = min(round(fractions[1] * n), n - n_train)
    return perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:]


def train_val_test_split(X, Y, rng, fractions=DEFAULT_FRACTIONS):
    """Split X (N, ...) and Y (N, ...) by split_indices: returns ((X_train, Y_train), (X_val, Y_val), (X_test, Y_test))."""
    if len(X) != len(Y):
        raise ValueError(f"X has {len(X)} examples but Y has {len(Y)}: they must match")
    return tuple((X[idx], Y[idx]) for idx in split_indices(len(X), rng, fractions))


def one_hot(labels, n_classes=None):
    """One-hot matrix (N, K) with a 1 at [i, labels[i]]; K = n_classes or max(labels) + 1."""
    labels = np.asarray(labels, dtype=int)
    k = int(labels.max()) + 1 if n_classes is None else n_classes
    if labels.size and (labels.min() < 0 or labels.max() >= k):
        raise ValueError(f"labels must lie in 0..{k - 1} for {k} classes")
    out = np.zeros((labels.size, k))
    out[np.arange(labels.size), labels] = 1.0
    return out


def blobs(n_per_class, rng, centers=((-2.0, -2.0), (2.0, 2.0)), std=0.5):
    """Gaussian blobs: X (K * n_per_class, 2) around each center with `std`, labels y (K * n_per_class,) in 0..K-1.

    With the default well-separated centers the two classes are linearly separable.
    """
    centers = np.asarray(centers, dtype=float)
    X = np.concatenate([c + std * rng.standard_normal((n_per_class, centers.shape[1])) for c in centers])
    return X, np.repeat(np.arange(len(centers)), n_per_class)


def circles(n_per_class, rng, radii=(1.0, 3.0), noise=0.1):
    """Two concentric rings (not linearly separable): X (2 * n_per_class, 2), y 0 for the inner ring, 1 for the outer."""
    angles = rng.uniform(0, 2 * np.pi, size=(len(radii), n_per_class))
    r = np.asarray(radii, dtype=float)[:, None] + noise * rng.standard_normal((len(radii), n_per_class))
    X = np.stack([(r * np.cos(angles)).ravel(), (r * np.sin(angles)).ravel()], axis=1)
    return X, np.repeat(np.arange(len(radii)), n_per_class)


def linear(n, rng, w=(2.0, -1.0), b=0.5, noise=0.1):
    """Regression data y = X w + b + noise: X (n, len(w)) standard normal, y (n,)."""
    w = np.asarray(w, dtype=float)
    X = rng.standard_normal((n, w.size))
    return X, X @ w + b + noise * rng.standard_normal(n)
