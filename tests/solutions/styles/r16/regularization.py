"""L2 and dropout, written with a tree_map over the parameter dict (JAX habit) and a
keep rule of u < 1 - p (any rule is allowed; this one keeps with probability 1 - p)."""

import numpy as np


def _is_weight(key):
    return str(key).startswith("W")


def l2_penalty(params, lam):
    total = 0.0
    for k in sorted(params):
        if _is_weight(k):
            W = np.asarray(params[k], dtype=np.float64).ravel()
            total += float(W @ W)
    return 0.5 * lam * total


def l2_gradient(params, lam):
    return {k: (lam * np.asarray(v) if _is_weight(k) else np.zeros_like(v, dtype=np.float64))
            for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    decay = l2_gradient(params, lam)
    return {k: params[k] - eta * (grads[k] + decay[k]) for k in params}


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A)
    if mode == "eval":
        mask = np.ones(A.shape)
    else:
        mask = (rng.random(A.shape) < 1.0 - p) * (1.0 / (1.0 - p))
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return np.multiply(dout, cache["mask"])
