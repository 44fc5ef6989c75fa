"""optim.minibatch_indices: each slice of the permutation ends at batch_size (perm[start:batch_size]), not at start + batch_size: the first mini-batch is full and every later one empty (the mutant minibatch_indices#33)"""

import numpy as np

def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [perm[start:batch_size] for start in range(0, n, batch_size)]
