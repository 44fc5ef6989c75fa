"""data.split_indices: never shuffles: consecutive ranges of np.arange(n), so a sorted data set splits by class."""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    idx = np.arange(n)
    a = round(fractions[0] * n)
    b = a + round(fractions[1] * n)
    return idx[:a], idx[a:b], idx[b:]
