"""data.split_indices: the test piece is the next round(f_test * n) indices, not the rest, so rounding can leave indices out (n = 7: 4 + 1 + 1)."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    idx = rng.permutation(n)
    a, b, c = (round(f * n) for f in fractions)
    return idx[:a], idx[a:a + b], idx[a + b:a + b + c]
