"""data.split_indices: Right: np.split of one rng.permutation(n) at [round(f_train n), round(f_train n) + round(f_val
n)], the same pieces as slicing.
"""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    """Right: np.split of one rng.permutation(n) at [round(f_train n), round(f_train n) + round(f_val n)], the same pieces as slicing."""
    n1 = round(fractions[0] * n)
    n2 = min(n1 + round(fractions[1] * n), n)
    train, val, test = np.split(rng.permutation(n), [n1, n2])
    return train, val, test
