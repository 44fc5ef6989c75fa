"""data.split_indices: the validation size is what is left after round(f_train n) and round(f_test n): the rounding goes to the wrong piece when both fractions round up."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = round(fractions[0] * n)
    c = round(fractions[2] * n)
    b = n - c
    return perm[:a], perm[a:b], perm[b:]
