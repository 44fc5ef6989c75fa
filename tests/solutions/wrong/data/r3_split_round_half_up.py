"""data.split_indices: sizes by int(f * n + 0.5), rounding halves up instead of Python's round (half to even):
differs whenever f * n ends in .5 (e.g. n = 10 with fractions (0.25, 0.25, 0.5): 3 train instead of 2)."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    n_train = int(fractions[0] * n + 0.5)
    n_val = min(int(fractions[1] * n + 0.5), n - n_train)
    return perm[:n_train], perm[n_train:n_train + n_val], perm[n_train + n_val:]
