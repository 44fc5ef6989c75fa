"""optim.minibatch_indices: draws a new rng.permutation(n) for every batch, so an index can repeat or be missing within the epoch."""


def minibatch_indices(n, batch_size, rng):
    out = []
    for start in range(0, n, batch_size):
        out.append(rng.permutation(n)[start:start + batch_size])
    return out
