"""optim.minibatch_indices: sorts each batch's indices (np.sort(perm[i:i+B])): the batches hold the right sets in the wrong order."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [np.sort(perm[i:i + batch_size]) for i in range(0, n, batch_size)]
