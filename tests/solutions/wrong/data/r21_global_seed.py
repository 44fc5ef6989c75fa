"""data.split_indices: seeds NumPy's global generator from rng (R's set.seed habit) and shuffles with np.random.permutation, not rng.permutation(n)."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    np.random.seed(int(rng.integers(2 ** 31)))
    idx = np.random.permutation(n)
    a, b = round(fractions[0] * n), round(fractions[1] * n)
    return idx[:a], idx[a:a + b], idx[a + b:]
