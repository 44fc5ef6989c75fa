"""optim.minibatch_indices: np.array_split into ceil(n / B) nearly equal parts instead of slices of B: n = 10, B = 4 gives sizes 4, 3, 3 instead of 4, 4, 2."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return list(np.array_split(perm, -(-n // batch_size)))
