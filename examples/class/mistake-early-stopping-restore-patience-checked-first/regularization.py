"""A correct student solution of exercises/regularization.py."""

import numpy as np


def l2_penalty(params, lam):
    total = 0.0
    for key, value in params.items():
        if key.startswith("W"):
            total += np.sum(value ** 2)
    return float(lam / 2 * total)


def l2_gradient(params, lam):
    grads = {}
    for key, value in params.items():
        if key.startswith("W"):
            grads[key] = lam * value
        else:
            grads[key] = np.zeros_like(value)
    return grads


def weight_decay_step(params, grads, eta, lam):
    new = {}
    for key, value in params.items():
        if key.startswith("W"):
            new[key] = (1 - eta * lam) * value - eta * grads[key]
        else:
            new[key] = value - eta * grads[key]
    return new


def dropout_forward(A, p, rng, mode="train"):
    if mode == "eval":
        mask = np.ones_like(A)
    else:
        keep = rng.random(A.shape) >= p
        mask = keep / (1 - p)
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return dout * cache["mask"]
