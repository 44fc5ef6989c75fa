"""Exercise: L2 weight decay and inverted dropout.

Parameters are dicts {"W1": ..., "b1": ...}; only the weights (keys starting
with "W") are penalised. Dropout's p is the probability of DROPPING a unit.
"""

import numpy as np


def l2_penalty(params, lam):
    """(lam / 2) * sum_l sum(W_l^2) over the keys of `params` starting with "W"; biases excluded. Returns a float."""
    raise NotImplementedError


def l2_gradient(params, lam):
    """Gradient of l2_penalty: {k: lam * W_k} for weights, zeros of the same shape for every other key."""
    raise NotImplementedError


def weight_decay_step(params, grads, eta, lam):
    """One gradient step on data loss + L2 penalty.

    Weights: W <- (1 - eta * lam) * W - eta * grads[W]; biases: b <- b - eta * grads[b].
    params, grads: dicts with the same keys (grads are of the data loss only).
    Returns a new dict.
    """
    raise NotImplementedError


def dropout_forward(A, p, rng, mode="train"):
    """Inverted dropout of activations A (any shape, e.g. (batch, n)) with drop probability p in [0, 1).

    train: each entry is dropped with probability p, independently, drawing only from the Generator rng
           (e.g. keep = rng.random(A.shape) >= p; any such rule, never np.random: one seed, one mask)
           mask = keep / (1 - p)              out = A * mask
    eval:  mask = ones, out = A               (rng is not used: nothing is drawn from it)
    Returns (out, cache) with cache = {"mask": mask}, mask the same shape as A.
    """
    raise NotImplementedError


def dropout_backward(dout, cache):
    """Gradient through dropout: dA = dout * cache["mask"] (same shape as dout)."""
    raise NotImplementedError
