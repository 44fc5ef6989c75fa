"""A correct student solution of exercises/regularization.py: indicator arithmetic instead of branches, vdot sums."""

import functools
import operator

import numpy as np


def _is_weight(key):
    return float(str(key).startswith("W"))


def l2_penalty(params, lam):
    squares = (_is_weight(k) * np.vdot(v, v) for k, v in params.items())
    return float(lam / 2 * functools.reduce(operator.add, squares, 0.0))


def l2_gradient(params, lam):
    return {k: np.asarray(v) * (lam * _is_weight(k)) for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    return {k: v - eta * (grads[k] + lam * _is_weight(k) * np.asarray(v)) for k, v in params.items()}


def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        mask = np.ones(np.shape(A))
    else:
        mask = np.where(rng.random(np.shape(A)) < 1 - p, 1 / (1 - p), 0.0)
    return np.multiply(A, mask), {"mask": mask}


def dropout_backward(dout, cache):
    return np.multiply(dout, cache["mask"])
