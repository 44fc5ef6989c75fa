"""optim.minibatch_indices: Right: rng.permuted(np.arange(n)) draws the same shuffle as rng.permutation(n); islice cuts B-sized chunks."""


import itertools


def minibatch_indices(n, batch_size, rng):
    it = iter(rng.permuted(np.arange(n)))
    batches = []
    while chunk := list(itertools.islice(it, batch_size)):
        batches.append(np.array(chunk, dtype=np.int64))
    return batches
