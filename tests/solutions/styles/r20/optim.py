"""Gradient descent as Geron's 'Hands-On Machine Learning' (ch. 4) writes it: theta = theta - eta * gradients,
m instances, n_batches = ceil(m / minibatch_size), one shuffled_indices = permutation(m) per epoch."""

import math

import numpy as np


def sgd_step(params, grads, eta):
    return {name: theta - eta * grads[name] for name, theta in params.items()}


def iterations_per_epoch(n, batch_size):
    m = n
    return math.ceil(m / batch_size)


def minibatch_indices(n, batch_size, rng):
    m = n
    shuffled_indices = rng.permutation(m)
    return [shuffled_indices[i:i + batch_size] for i in range(0, m, batch_size)]


def minibatches(X, Y, batch_size, rng):
    batches = []
    for indices in minibatch_indices(len(X), batch_size, rng):
        batches.append((X[indices], Y[indices]))
    return batches
