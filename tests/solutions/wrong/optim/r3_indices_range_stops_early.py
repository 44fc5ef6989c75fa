"""optim.minibatch_indices: starts run over range(0, n - 1, batch_size): a last batch of exactly one index is never served
(batch_size 1, or n = 10 with batch_size 3); right whenever the last batch holds two or more."""

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [perm[s:s + batch_size] for s in range(0, n - 1, batch_size)]
