"""optim.minibatch_indices: RIGHT: torch.split(perm, B) as np.split(perm, [B, 2B, ...]): consecutive slices of B, the last shorter."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return np.split(perm, np.arange(batch_size, n, batch_size)) if n else []
