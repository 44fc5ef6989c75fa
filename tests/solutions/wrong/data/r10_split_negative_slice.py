"""data.split_indices: test = perm[-n_test:], the whole permutation when n_test = 0"""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    n_val = min(round(fractions[1] * n), n - n_train)
    n_test = n - n_train - n_val
    return perm[:n_train], perm[n_train:n_train + n_val], perm[-n_test:]
