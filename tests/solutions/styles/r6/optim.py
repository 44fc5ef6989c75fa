"""A correct solution of exercises/optim.py, style r6: integer arithmetic, generator of slices, functional step."""
import numpy as np


def sgd_step(params, grads, eta):
    return {k: np.asarray(v, dtype=np.float64) - eta * np.asarray(grads[k], dtype=np.float64)
            if isinstance(v, np.ndarray) else v - eta * grads[k]
            for k, v in params.items()}


def iterations_per_epoch(n, batch_size):
    return -(-int(n) // int(batch_size))


def minibatch_indices(n, batch_size, rng):
    perm = rng.permutation(n)
    return [perm[i * batch_size:(i + 1) * batch_size] for i in range(iterations_per_epoch(n, batch_size))]


def minibatches(X, Y, batch_size, rng):
    X = np.asarray(X)
    Y = np.asarray(Y)
    return [(X[idx], Y[idx]) for idx in minibatch_indices(X.shape[0], batch_size, rng)]
