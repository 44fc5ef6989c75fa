"""Correct solution, style r5: dict comprehensions, np.vdot for the squared norms, a binomial keep mask."""

import numpy as np


def _is_weight(key):
    return key.startswith("W")


def l2_penalty(params, lam):
    return float(lam / 2 * sum(float(np.vdot(v, v)) for k, v in params.items() if _is_weight(k)))


def l2_gradient(params, lam):
    return {k: lam * np.asarray(v, dtype=np.float64) if _is_weight(k) else np.zeros(np.shape(v))
            for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    return {k: ((1 - eta * lam) * params[k] if _is_weight(k) else params[k]) - eta * grads[k] for k in params}


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode == "train":
        mask = rng.binomial(1, 1.0 - p, size=A.shape) / (1.0 - p)
    else:
        mask = np.ones(A.shape)
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return dout * cache["mask"]
