"""optim.minibatch_indices: each batch is a Python list of ints (perm.tolist() sliced), not an int array."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n).tolist()
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
