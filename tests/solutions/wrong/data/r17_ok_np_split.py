"""data.split_indices: RIGHT: the same cut done with np.split at the two cumulative sizes."""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    n_train = int(round(fractions[0] * n))
    n_val = int(round(fractions[1] * n))
    train, val, test = np.split(rng.permutation(n), [n_train, n_train + n_val])
    return train, val, test
