"""optim.minibatch_indices: DataLoader(generator=torch.Generator().manual_seed(seed)) habit: a seed drawn from rng seeds a new generator that shuffles, so the permutation is not rng.permutation(n)."""

def minibatch_indices(n, batch_size, rng):
    seed = int(rng.integers(2 ** 31))
    perm = np.random.default_rng(seed).permutation(n)
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
