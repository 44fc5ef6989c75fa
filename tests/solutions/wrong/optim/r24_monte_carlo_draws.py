"""optim.minibatch_indices: draws each batch with replacement (Monte Carlo sampling, rng.integers) instead of slicing one permutation: indices repeat and some never appear."""


def minibatch_indices(n, batch_size, rng):
    sizes = [min(batch_size, n - s) for s in range(0, n, batch_size)]
    return [rng.integers(0, n, size=m) for m in sizes]
