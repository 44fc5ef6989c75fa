"""data.split_indices: cuts train, then test, then validation from the permutation: the pieces are the right sizes but validation and test hold the wrong indices."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    perm = rng.permutation(n)
    a = round(fractions[0] * n)
    v = round(fractions[1] * n)
    t = n - a - v
    return perm[:a], perm[a + t:], perm[a:a + t]
