"""optim.minibatch_indices: torch.chunk habit via np.array_split(perm, ceil(n / B)): the batches are balanced (10 by 4 gives 4, 3, 3) instead of consecutive slices of B with a short last one (4, 4, 2)."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return list(np.array_split(perm, -(-n // batch_size))) if n else []
