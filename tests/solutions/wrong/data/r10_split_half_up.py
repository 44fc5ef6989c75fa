"""data.split_indices: rounds halves up (int(x + 0.5)) instead of Python's half-to-even round"""


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = int(fractions[0] * n + 0.5)
    b = min(a + int(fractions[1] * n + 0.5), n)
    return perm[:a], perm[a:b], perm[b:]
