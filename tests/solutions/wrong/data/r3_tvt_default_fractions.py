"""data.train_val_test_split: its default fractions are (0.8, 0.1, 0.1) instead of DEFAULT_FRACTIONS (0.6, 0.2, 0.2) (right whenever fractions are passed)."""

def train_val_test_split(X, Y, rng, fractions=(0.8, 0.1, 0.1)):
    return tuple((X[idx], Y[idx]) for idx in split_indices(len(X), rng, fractions))
