"""L2 and dropout with loops over the parameter dict (loops style)."""

import numpy as np


def l2_penalty(params, lam):
    total = 0.0
    for key in params:
        if key[0] == "W":
            total += float(np.sum(np.square(params[key])))
    return lam / 2 * total


def l2_gradient(params, lam):
    grads = {}
    for key in params:
        value = np.asarray(params[key], dtype=np.float64)
        if key.startswith("W"):
            grads[key] = lam * value
        else:
            grads[key] = np.zeros(value.shape)
    return grads


def weight_decay_step(params, grads, eta, lam):
    new = {}
    for key in params:
        value = np.asarray(params[key], dtype=np.float64)
        if key.startswith("W"):
            new[key] = (1 - eta * lam) * value - eta * grads[key]
        else:
            new[key] = value - eta * grads[key]
    return new


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode == "eval":
        mask = np.ones(A.shape)
        return A * mask, {"mask": mask}
    keep = rng.random(A.shape) >= p
    mask = np.where(keep, 1.0 / (1.0 - p), 0.0)
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return dout * cache["mask"]
