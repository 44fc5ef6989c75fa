"""data.split_indices: Right: np.split of the one permutation at the two cut points round(f_train n) and that plus
round(f_val n).
"""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    """Right: np.split of the one permutation at the two cut points round(f_train n) and that plus round(f_val n)."""
    n_tr = round(fractions[0] * n)
    n_va = round(fractions[1] * n)
    train, val, test = np.split(rng.permutation(n), [n_tr, n_tr + n_va])
    return train, val, test
