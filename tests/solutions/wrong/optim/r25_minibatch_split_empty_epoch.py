"""optim.minibatch_indices: np.split of the permutation at the multiples of B, unguarded: for n = 0 it returns one empty
batch ([array([])]) where iterations_per_epoch(0, B) = 0 batches are due."""


def minibatch_indices(n, batch_size, rng):
    return np.split(rng.permutation(n), np.arange(batch_size, n, batch_size))
