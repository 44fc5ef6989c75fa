"""optim.minibatch_indices: Julia's (k-1)*B + 1 kept as the start of slice k: perm[0] is never used and each batch starts one element late."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    nb = -(-n // batch_size)
    return [perm[(k - 1) * batch_size + 1: min(k * batch_size, n)] for k in range(1, nb + 1)]
