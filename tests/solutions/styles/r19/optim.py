"""Plain SGD the way torch.optim.SGD(lr=eta) steps (no momentum, no weight decay), returning fresh tensors;
mini-batches the way DataLoader(shuffle=True) with a BatchSampler would cut one epoch."""

import numpy as np


def sgd_step(params, grads, eta):
    """new[k] = params[k] - eta * grads[k]; a new dict, the inputs unchanged."""
    lr = eta
    return {name: np.copy(p) - lr * grads[name] for name, p in params.items()}


def iterations_per_epoch(n, batch_size):
    """ceil(n / batch_size): len(DataLoader) with drop_last=False."""
    return -(-int(n) // int(batch_size))


def minibatch_indices(n, batch_size, rng):
    """perm = rng.permutation(n), then perm[0:B], perm[B:2B], ...; a list of int arrays."""
    perm = rng.permutation(n)
    return [perm[start:start + batch_size] for start in range(0, n, batch_size)]


def minibatches(X, Y, batch_size, rng):
    """[(X_b, Y_b), ...], rows picked by minibatch_indices."""
    return [(X[idx], Y[idx]) for idx in minibatch_indices(len(X), batch_size, rng)]
