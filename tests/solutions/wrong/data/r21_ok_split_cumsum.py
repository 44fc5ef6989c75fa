"""data.split_indices: right: np.split of the permutation at the cumulative sizes round(f_train n), round(f_train n) + round(f_val n)."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    sizes = [round(fractions[0] * n), round(fractions[1] * n)]
    train, val, test = np.split(rng.permutation(n), np.cumsum(sizes))
    return train, val, test
