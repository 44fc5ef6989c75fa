"""optim.minibatch_indices: right; rng.shuffle(np.arange(n)) is what rng.permutation(n) does, so the same generator gives the same order."""

def minibatch_indices(n, batch_size, rng):
    idx = np.arange(n)
    rng.shuffle(idx)
    return [idx[j:j + batch_size] for j in range(0, n, batch_size)]
