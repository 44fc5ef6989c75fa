"""Mini-batches and the update as in Andrew Ng's deeplearning.ai course 2 (random_mini_batches, update_parameters).

Ng shuffles once with permutation = list(np.random.permutation(m)), cuts math.floor(m / mini_batch_size) complete
batches, then the end case; update_parameters loops over the layers with parameters["W" + str(l+1)]. This student
draws from the given rng, keeps rows as examples (the stub's batch-first X), and builds a new dict.
"""

import math

import numpy as np


def sgd_step(params, grads, eta):
    learning_rate = eta
    parameters = {}
    for key in params:
        parameters[key] = params[key] - learning_rate * grads[key]
    return parameters


def iterations_per_epoch(n, batch_size):
    num_complete_minibatches = math.floor(n / batch_size)
    return num_complete_minibatches + (1 if n % batch_size != 0 else 0)


def minibatch_indices(n, batch_size, rng):
    permutation = list(rng.permutation(n))
    mini_batches = []
    num_complete_minibatches = math.floor(n / batch_size)
    for k in range(num_complete_minibatches):
        mini_batches.append(np.array(permutation[k * batch_size:(k + 1) * batch_size], dtype=int))
    if n % batch_size != 0:
        mini_batches.append(np.array(permutation[num_complete_minibatches * batch_size:], dtype=int))
    return mini_batches


def minibatches(X, Y, batch_size, rng):
    X, Y = np.asarray(X), np.asarray(Y)
    mini_batches = []
    for idx in minibatch_indices(X.shape[0], batch_size, rng):
        mini_batches.append((X[idx], Y[idx]))
    return mini_batches
