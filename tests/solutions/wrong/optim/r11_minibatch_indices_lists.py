"""optim.minibatch_indices: plain Python lists of indices (perm.tolist() sliced), not int arrays"""


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n).tolist()
    return [perm[i:i + batch_size] for i in range(0, n, batch_size)]
