"""data.split_indices: rounds the train and test sizes and gives validation the rest, so where rounding matters (n = 7) the validation set is 2 and the test set 1 instead of 1 and 2."""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_test = round(fractions[2] * n)
    n_valid = n - n_train - n_test
    return perm[:n_train], perm[n_train:n_train + n_valid], perm[n_train + n_valid:]
