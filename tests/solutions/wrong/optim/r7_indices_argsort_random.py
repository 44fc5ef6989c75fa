"""optim.minibatch_indices: shuffles by argsort of rng.random(n) instead of rng.permutation(n): a fair shuffle, but not the docstring's draws."""

def minibatch_indices(n, batch_size, rng):
    perm = np.argsort(rng.random(n), kind="stable")
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
