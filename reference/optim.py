"""Gradient descent, mini-batches and the SGD training loop.

The update rule is w <- w - eta * dL/dw for every parameter. With N examples
and batch size B an epoch is ceil(N / B) updates (10,000 examples, B = 100:
100 iterations); each epoch reshuffles the data once, so every example is used
exactly once per epoch and the last batch may be smaller than B.
"""

import math

import numpy as np


def sgd_step(params, grads, eta):
    """One gradient-descent step on a parameter dict: new[k] = params[k] - eta * grads[k].

    params, grads: dicts of arrays (or numbers) with the same keys and shapes.
    Returns a new dict; the inputs are left unchanged. Example: w = 4, eta = 0.1,
    gradient 6 -> 3.4.
    """
    missing = set(params) ^ set(grads)
    if missing:
        raise ValueError(f"params and grads must have the same keys; unmatched: {sorted(missing)}")
    return {k: params[k] - eta * grads[k] for k in params}


def descend(grad, w0, eta, steps):
    """Iterates w_0, ..., w_steps of w_{t+1} = w_t - eta * grad(w_t).

    grad: callable w -> dL/dw. Returns a float array of length steps + 1.
    On L = w^2 / 2 (grad(w) = w) from w = 4 with eta = 0.1: 4, 3.6, 3.24, 2.916, ...
    i.e. w_t = (1 - eta)^t w_0, which diverges once |1 - eta| > 1, i.e. eta > 2.
    """
    ws = [float(w0)]
    for _ in range(steps):
        ws.append(ws[-1] - eta * grad(ws[-1]))
    return np.array(ws)


def iterations_per_epoch(n, batch_size):
    """Updates in one epoch: ceil(n / batch_size) (the last, partial batch counts)."""
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    return math.ceil(n / batch_size)


def minibatch_indices(n, batch_size, rng):
    """One epoch of mini-batches as index arrays.

    perm = rng.permutation(n) (the epoch's single shuffle), then consecutive
    slices perm[0:B], perm[B:2B], ...; the last slice may be shorter. Every index
    0..n-1 appears exactly once. Returns a list of iterations_per_epoch(n, B) int arrays.
    """
    iterations = iterations_per_epoch(n, batch_size)
    perm = rng.permutation(n)
    return [perm[i * batch_size:(i + 1) * batch_size] for i in range(iterations)]


def minibatches(X, Y, batch_size, rng):
    """One epoch of mini-batches [(X_b, Y_b), ...] with X (N, ...), Y (N, ...), rows picked by minibatch_indices."""
    if len(X) != len(Y):
        raise ValueError(f"X has {len(X)} examples but Y has {len(Y)}: they must match")
    return [(X[idx], Y[idx]) for idx in minibatch_indices(len(X), batch_size, rng)]


def train(params, X, Y, loss_and_grads, eta, epochs, batch_size, rng, on_epoch=None):
    """Mini-batch SGD: for each epoch, for each batch of minibatches(X, Y, batch_size, rng), take one sgd_step.

    loss_and_grads(params, X_b, Y_b) -> (loss, grads) with grads keyed like params.
    on_epoch(epoch, params, mean_loss) -> bool is called after each epoch (epochs
    numbered from 0); returning True stops training (e.g. early stopping).
    Returns (params, losses) with losses the mean batch loss of each epoch run.
    """
    losses = []
    for epoch in range(epochs):
        batch_losses = []
        for Xb, Yb in minibatches(X, Y, batch_size, rng):
            loss, grads = loss_and_grads(params, Xb, Yb)
            params = sgd_step(params, grads, eta)
            batch_losses.append(loss)
        losses.append(float(np.mean(batch_losses)))
        if on_epoch is not None and on_epoch(epoch, params, losses[-1]):
            break
    return params, losses
