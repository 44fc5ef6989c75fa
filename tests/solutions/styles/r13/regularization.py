"""regularization with math.fsum accumulation and a keep-if-below dropout rule (style r13)."""

import math

import numpy as np


def _is_weight(key):
    return str(key).startswith("W")


def l2_penalty(params, lam):
    # float64 squares, summed key by key with exact float accumulation
    total = math.fsum(float(np.vdot(np.asarray(v, dtype=np.float64), np.asarray(v, dtype=np.float64)))
                      for k, v in params.items() if _is_weight(k))
    return 0.5 * lam * total


def l2_gradient(params, lam):
    return {k: (lam * np.asarray(v) if _is_weight(k) else np.zeros(np.shape(v))) for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    # W - eta * (g + lam * W) is the same step as (1 - eta * lam) * W - eta * g
    decay = l2_gradient(params, lam)
    return {k: params[k] - eta * (grads[k] + decay[k]) for k in params}


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A)
    if mode == "eval":
        mask = np.ones(A.shape)
    elif mode == "train":
        # keep where a uniform draw falls below 1 - p: kept with probability 1 - p
        keep = rng.random(A.shape) < 1.0 - p
        mask = np.where(keep, 1.0 / (1.0 - p), 0.0)
    else:
        raise ValueError(f"mode must be 'train' or 'eval', not {mode!r}")
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return np.multiply(dout, cache["mask"])
