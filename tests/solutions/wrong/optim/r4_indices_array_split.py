"""optim.minibatch_indices: np.array_split into ceil(n/B) near-equal pieces: right when B divides n, but 10 by 4 gives 4,3,3 instead of 4,4,2."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return list(np.array_split(perm, -(-n // batch_size)))
