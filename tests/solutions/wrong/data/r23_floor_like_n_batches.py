"""data.split_indices: sizes cut with int() (floor, as n_train_batches = n // batch_size) instead of Python's round: n = 9 gives 5/1/3 instead of 5/2/2."""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train = int(fractions[0] * n)
    n_valid = int(fractions[1] * n)
    return perm[:n_train], perm[n_train:n_train + n_valid], perm[n_train + n_valid:]
