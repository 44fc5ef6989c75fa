"""optim.minibatch_indices: Geron's stochastic GD: each batch draws random indices with replacement (rng.integers), not one permutation per epoch."""

def minibatch_indices(n, batch_size, rng):
    n_batches = -(-n // batch_size)
    return [rng.integers(n, size=min(batch_size, n - i * batch_size)) for i in range(n_batches)]
