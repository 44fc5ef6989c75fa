"""optim.minibatch_indices: drops the last, partial batch (only full batches of size B)"""


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [perm[i:i + batch_size] for i in range(0, n - batch_size + 1, batch_size)]
