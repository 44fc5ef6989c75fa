"""data.split_indices: sorts each piece (R's sort(sample(...)) habit), the right sets but not the permutation's order."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    idx = rng.permutation(n)
    a, b = round(fractions[0] * n), round(fractions[1] * n)
    return np.sort(idx[:a]), np.sort(idx[a:a + b]), np.sort(idx[a + b:])
