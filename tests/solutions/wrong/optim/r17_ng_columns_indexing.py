"""optim.minibatches: Indexes X[:, idx] and Y[:, idx] as in Ng's column layout: picks COLUMNS of the batch-first X, not rows (examples).

Habit: deeplearning.ai's shuffled_X = X[:, permutation], mini_batch_X = shuffled_X[:, k*B:(k+1)*B].
"""

import numpy as np


def minibatches(X, Y, batch_size, rng):
    X, Y = np.asarray(X), np.asarray(Y)
    permutation = list(rng.permutation(X.shape[0]))
    batches = []
    for k in range(0, X.shape[0], batch_size):
        idx = permutation[k:k + batch_size]
        batches.append((X[:, idx] if X.ndim > 1 else X[idx], Y[:, idx] if Y.ndim > 1 else Y[idx]))
    return batches
