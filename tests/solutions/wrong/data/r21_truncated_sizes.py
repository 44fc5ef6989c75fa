"""data.split_indices: sizes as int(f * n) (R's as.integer truncates) instead of round(f * n)."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    idx = rng.permutation(n)
    a, b = int(fractions[0] * n), int(fractions[1] * n)
    return idx[:a], idx[a:a + b], idx[a + b:]
