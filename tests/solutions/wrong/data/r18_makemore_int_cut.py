"""data.split_indices: Cuts with makemore's n1 = int(0.8*len(words)) habit, int() truncation instead of Python's round:
pieces are off by one whenever f*n has a fractional part >= .5.
"""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    """Cuts with makemore's n1 = int(0.8*len(words)) habit, int() truncation instead of Python's round: pieces are off by one whenever f*n has a fractional part >= .5."""
    perm = rng.permutation(n)
    n1 = int(fractions[0] * n)
    n2 = int((fractions[0] + fractions[1]) * n)
    return perm[:n1], perm[n1:n2], perm[n2:]
