"""Gradient descent as UFLDL's minFunc wrapper sees it: parameters unrolled into one long theta.

theta = [W1(:); W2(:); b1(:); b2(:)] (column-major, order='F'); theta = theta - eta * grad;
then every block is rolled back with reshape(..., order='F'). Mini-batches in
MATLAB's 1-based style: batch b covers perm((b-1)*B+1 : min(b*B, n)).
"""

import math

import numpy as np


def _unroll(d, keys):
    return np.concatenate([np.asarray(d[k], dtype=np.float64).ravel(order="F") for k in keys])


def _roll(theta, params, keys):
    out, pos = {}, 0
    for k in keys:
        shape = np.shape(params[k])
        size = int(np.prod(shape))
        block = theta[pos:pos + size].reshape(shape, order="F")
        out[k] = float(block) if block.ndim == 0 else block
        pos += size
    return out


def sgd_step(params, grads, eta):
    """theta = theta - eta * grad on the unrolled vector, rolled back into a new dict."""
    keys = list(params)
    if not keys:
        return {}
    theta = _unroll(params, keys) - eta * _unroll(grads, keys)
    return _roll(theta, params, keys)


def iterations_per_epoch(n, batch_size):
    """ceil(n / B)."""
    return int(math.ceil(n / batch_size))


def minibatch_indices(n, batch_size, rng):
    """perm = randperm(n); batch b = perm((b-1)*B+1 : min(b*B, n)) for b = 1..numbatches."""
    perm = rng.permutation(n)
    numbatches = iterations_per_epoch(n, batch_size)
    return [perm[(b - 1) * batch_size:min(b * batch_size, n)] for b in range(1, numbatches + 1)]


def minibatches(X, Y, batch_size, rng):
    """The rows of X and Y picked by each batch's indices."""
    X, Y = np.asarray(X), np.asarray(Y)
    return [(X[idx], Y[idx]) for idx in minibatch_indices(X.shape[0], batch_size, rng)]
