"""data.split_indices: rounds the train and test sizes and gives validation the remainder, instead of rounding train and validation and giving test the rest: n = 3 gives 2/0/1 instead of 2/1/0."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = round(fractions[0] * n)
    c = n - round(fractions[2] * n)
    return perm[:a], perm[a:c], perm[c:]
