"""data.split_indices: sizes the test set round(f_test * n) and gives validation the rest; differs when the three roundings do not add up to n."""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = round(fractions[0] * n)
    c = round(fractions[2] * n)
    return perm[:a], perm[a:n - c], perm[n - c:]
