"""data.split_indices: rounds half up with int(f * n + 0.5) instead of Python's round (half to even): n = 10, fractions (0.25, 0.25, 0.5) gives 3/3/4 instead of 2/2/6."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = int(fractions[0] * n + 0.5)
    b = a + int(fractions[1] * n + 0.5)
    return perm[:a], perm[a:b], perm[b:]
