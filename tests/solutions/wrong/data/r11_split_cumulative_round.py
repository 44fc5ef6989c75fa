"""data.split_indices: cuts at round(f_train * n) and round((f_train + f_val) * n), so n_val = round of the cumulative minus n_train"""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = round(fractions[0] * n)
    b = round((fractions[0] + fractions[1]) * n)
    return perm[:a], perm[a:b], perm[b:]
