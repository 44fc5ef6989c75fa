"""Correct solution of exercises/regularization.py, functional style: dict comprehensions, the keep rule u < 1 - p."""

import numpy as np


def _is_weight(key):
    return key.startswith("W")


def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.vdot(v, v) for k, v in params.items() if _is_weight(k)))


def l2_gradient(params, lam):
    return {k: lam * np.asarray(v, dtype=np.float64) if _is_weight(k) else np.zeros(np.shape(v)) for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    return {k: (1 - eta * lam) * v - eta * grads[k] if _is_weight(k) else v - eta * grads[k] for k, v in params.items()}


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode == "eval":
        mask = np.ones(A.shape)
    else:
        mask = (rng.uniform(size=A.shape) < 1 - p) / (1 - p)  # kept with probability 1 - p
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return np.multiply(dout, cache["mask"])
