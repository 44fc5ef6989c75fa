def minibatch_indices(n, batch_size, rng):
    """optim.minibatch_indices: cuts the permutation with np.array_split into ceil(n / B) nearly EQUAL pieces
    (10 by 4 gives 4, 3, 3) instead of consecutive slices of B with a shorter last one (4, 4, 2)."""
    perm = rng.permutation(n)
    return np.array_split(perm, -(-n // batch_size)) if n else []
