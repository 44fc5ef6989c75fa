"""optim.minibatch_indices: slices with range(0, n - B + 1, B), dropping the last, partial batch."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [perm[j:j + batch_size] for j in range(0, n - batch_size + 1, batch_size)]
