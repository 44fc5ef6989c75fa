"""data.split_indices: rounds half up (floor(x + 0.5)) instead of half to even: differs only when f * n ends in exactly .5."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    import math
    perm = rng.permutation(n)
    a = int(math.floor(fractions[0] * n + 0.5))
    b = a + int(math.floor(fractions[1] * n + 0.5))
    return perm[:a], perm[a:b], perm[b:]
