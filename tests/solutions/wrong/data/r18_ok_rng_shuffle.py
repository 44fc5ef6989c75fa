"""data.split_indices: Right: nnfs's keys = np.arange(n) shuffled in place, but with the Generator given:
rng.shuffle(np.arange(n)) draws exactly what rng.permutation(n) draws.
"""

def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    """Right: nnfs's keys = np.arange(n) shuffled in place, but with the Generator given: rng.shuffle(np.arange(n)) draws exactly what rng.permutation(n) draws."""
    keys = np.arange(n)
    rng.shuffle(keys)
    n_train = round(fractions[0] * n)
    n_val = round(fractions[1] * n)
    return keys[:n_train], keys[n_train:n_train + n_val], keys[n_train + n_val:]
