"""data.split_indices: sizes the pieces like scikit-learn's _validate_shuffle_split (held-out ceil, train floor), not Python's round.

n_val = ceil(f_val n), n_train = floor(f_train n): differs from round whenever f n is not whole.
"""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    import math

    n_val = int(math.ceil(fractions[1] * n))
    n_train = int(math.floor(fractions[0] * n))
    permutation = rng.permutation(n)
    return permutation[:n_train], permutation[n_train:n_train + n_val], permutation[n_train + n_val:]
