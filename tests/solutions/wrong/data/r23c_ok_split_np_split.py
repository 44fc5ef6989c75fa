"""data.split_indices: Right: np.split of rng.permutation(n) at the cumulative cut points gives the same three pieces."""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train = round(fractions[0] * n)
    return tuple(np.split(perm, [n_train, n_train + round(fractions[1] * n)]))
