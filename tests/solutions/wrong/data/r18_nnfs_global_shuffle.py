"""data.split_indices: Shuffles as nnfs does, keys = np.array(range(n)); np.random.shuffle(keys), with NumPy's global
generator instead of the rng given: not reproducible from the caller's seed.
"""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    """Shuffles as nnfs does, keys = np.array(range(n)); np.random.shuffle(keys), with NumPy's global generator instead of the rng given: not reproducible from the caller's seed."""
    keys = np.array(range(n))
    np.random.shuffle(keys)
    n1 = round(fractions[0] * n)
    n2 = n1 + round(fractions[1] * n)
    return keys[:n1], keys[n1:n2], keys[n2:]
