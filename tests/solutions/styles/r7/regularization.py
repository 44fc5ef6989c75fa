"""Regularization, r7 style: comprehensions over items, np.einsum-free sums via vdot, rng.random masks."""

import numpy as np


def _is_weight(key):
    return str(key).startswith("W")


def l2_penalty(params, lam):
    total = 0.0
    for key, value in params.items():
        if _is_weight(key):
            w = np.asarray(value, dtype=np.float64).ravel()
            total += float(w @ w)
    return float(0.5 * lam * total)


def l2_gradient(params, lam):
    return {key: (lam * np.asarray(v, dtype=np.float64) if _is_weight(key)
                  else np.zeros(np.shape(v), dtype=np.float64))
            for key, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    new = {}
    for key, value in params.items():
        p = np.asarray(value, dtype=np.float64)
        g = np.asarray(grads[key], dtype=np.float64)
        shrink = 1.0 - eta * lam if _is_weight(key) else 1.0
        new[key] = shrink * p - eta * g
    return new


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode != "train":
        mask = np.ones(A.shape, dtype=np.float64)
        return A.copy(), {"mask": mask}
    if p == 0:
        # nothing can be dropped: skip the draw
        return A.copy(), {"mask": np.ones(A.shape, dtype=np.float64)}
    keep = rng.random(A.shape) >= p
    mask = np.divide(keep, 1.0 - p, dtype=np.float64)
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return np.multiply(dout, cache["mask"], dtype=np.float64)
