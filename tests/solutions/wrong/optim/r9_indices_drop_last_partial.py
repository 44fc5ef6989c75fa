"""optim.minibatch_indices: range(0, n - batch_size + 1, batch_size): the last, partial batch is dropped."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [perm[i:i + batch_size] for i in range(0, n - batch_size + 1, batch_size)]
