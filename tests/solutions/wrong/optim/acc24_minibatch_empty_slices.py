"""optim.minibatch_indices: each batch sliced perm[i * batch_size:i * batch_size], its end the same as its start
(the + 1 of (i + 1) * batch_size lost): every batch is empty."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [perm[i * batch_size:i * batch_size] for i in range(iterations_per_epoch(n, batch_size))]
