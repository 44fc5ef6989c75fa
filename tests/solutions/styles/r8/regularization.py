"""Regularisation, r8 style: functools.reduce for the penalty, dict comprehensions, np.copyto into fresh buffers."""

import functools

import numpy as np


def _is_weight(key):
    return key.startswith("W")


def l2_penalty(params, lam):
    sq = functools.reduce(lambda acc, kv: acc + float(np.vdot(kv[1], kv[1])),
                          ((k, np.asarray(v, dtype=np.float64)) for k, v in params.items() if _is_weight(k)),
                          0.0)
    return float(0.5 * lam * sq)


def l2_gradient(params, lam):
    return {k: (lam * np.asarray(v, dtype=np.float64) if _is_weight(k) else np.zeros(np.shape(v)))
            for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    new = {}
    for k, v in params.items():
        buf = np.empty(np.shape(v), dtype=np.float64)
        np.copyto(buf, v)
        if _is_weight(k):
            buf *= 1.0 - eta * lam
        buf -= eta * np.asarray(grads[k], dtype=np.float64)
        new[k] = buf
    return new


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=np.float64)
    if mode == "eval":
        mask = np.ones(A.shape)
        return A.copy(), {"mask": mask}
    if p == 0:  # nothing is dropped: no mask to draw
        return A.copy(), {"mask": np.ones(A.shape)}
    keep_prob = 1.0 - p
    mask = (rng.random(A.shape) < keep_prob).astype(np.float64) / keep_prob
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return np.multiply(dout, cache["mask"])
