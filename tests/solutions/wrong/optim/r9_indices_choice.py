"""optim.minibatch_indices: shuffles with rng.choice(n, n, replace=False) instead of rng.permutation(n): a permutation, but not the epoch's stated one."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.choice(n, size=n, replace=False)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
