"""optim.minibatches: UFLDL's data(:, idx) picks COLUMNS: X[:, idx] on batch-first arrays selects features, not examples"""

import numpy as np


def minibatches(X, Y, batch_size, rng):
    """batch = data(:, perm(...)), the samples-are-columns habit."""
    X = np.asarray(X)
    Y = np.asarray(Y)
    n = X.shape[0]
    perm = rng.permutation(n)
    return [(X[:, perm[i:i + batch_size]] if X.ndim > 1 else X[perm[i:i + batch_size]],
             Y[:, perm[i:i + batch_size]] if Y.ndim > 1 else Y[perm[i:i + batch_size]])
            for i in range(0, n, batch_size)]
