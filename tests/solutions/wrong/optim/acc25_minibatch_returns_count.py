"""optim.minibatch_indices: returns the number of mini-batches it made (len(batches)) where the list of index arrays is due."""


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    batches = []
    for start in range(0, n, batch_size):
        batches.append(perm[start:start + batch_size])
    return len(batches)
