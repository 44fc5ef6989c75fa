"""optim.minibatches: Shuffles X and Y with two separate permutations: the pairs (X_b[i], Y_b[i]) no longer belong together.

Habit: deeplearning.ai shuffles X[:, permutation] and Y[:, permutation]; the student drew a permutation for each.
"""

import numpy as np


def minibatches(X, Y, batch_size, rng):
    X, Y = np.asarray(X), np.asarray(Y)
    n = X.shape[0]
    px, py = rng.permutation(n), rng.permutation(n)
    return [(X[px[k:k + batch_size]], Y[py[k:k + batch_size]]) for k in range(0, n, batch_size)]
