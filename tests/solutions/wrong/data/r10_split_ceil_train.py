"""data.split_indices: math.ceil for the training size, the validation part loses what train gained"""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    import math
    perm = rng.permutation(n)
    a = math.ceil(fractions[0] * n)
    b = min(a + round(fractions[1] * n), n)
    return perm[:a], perm[a:b], perm[b:]
