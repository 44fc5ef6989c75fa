"""data.split_indices: sizes as int(f * n) (R's as.integer truncates) instead of round(f * n)."""

def split_indices(n, rng, fractions=DEFAULT_FRACTIONS):
    idx = rng.permutation(n)
    a, b = int(fractions[0] * n), int(fractions[1] * n)
    return idx[:a], idx[a:a + b], idx[a + b:]
