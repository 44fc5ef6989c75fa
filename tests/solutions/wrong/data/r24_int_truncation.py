"""data.split_indices: sizes by int() truncation (int(f * n)) instead of Python's round: e.g. n = 9 gives 5/1/3 instead of 5/2/2."""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    order = rng.permutation(n)
    n_train = int(fractions[0] * n)
    n_val = int(fractions[1] * n)
    return order[:n_train], order[n_train:n_train + n_val], order[n_train + n_val:]
