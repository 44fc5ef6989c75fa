"""data.split_indices: returns the training count n_train where the training indices perm[:n_train] are due."""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = min(round(fractions[1] * n), n - n_train)
    return n_train, perm[n_train:n_train + n_val], perm[n_train + n_val:]
