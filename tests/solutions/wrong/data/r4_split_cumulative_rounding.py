"""data.split_indices: cuts at round(0.6 n) and round(0.8 n) (cumulative fractions rounded), not round(0.6 n) + round(0.2 n): off by one for n = 3, 8, 13, ..."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = round(fractions[0] * n)
    b = round((fractions[0] + fractions[1]) * n)
    return perm[:a], perm[a:b], perm[b:]
