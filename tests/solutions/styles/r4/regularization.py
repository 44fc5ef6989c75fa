"""Correct solution of exercises/regularization.py, r4 style: functools.reduce for the penalty, a Dropout class with forward/backward."""

import functools

import numpy as np


def _is_weight(key):
    return key.startswith("W")


def l2_penalty(params, lam):
    total = functools.reduce(lambda acc, kv: acc + float(np.vdot(kv[1], kv[1])),
                             ((k, np.asarray(v, dtype=np.float64)) for k, v in params.items() if _is_weight(k)), 0.0)
    return float(lam / 2 * total)


def l2_gradient(params, lam):
    return {k: lam * np.asarray(v, dtype=np.float64) if _is_weight(k) else np.zeros(np.shape(v))
            for k, v in params.items()}


def weight_decay_step(params, grads, eta, lam):
    return {k: ((1 - eta * lam) * v if _is_weight(k) else v) - eta * grads[k] for k, v in params.items()}


class Dropout:
    def __init__(self, p):
        self.p = p

    def forward(self, A, rng, mode):
        A = np.asarray(A, dtype=np.float64)
        if mode == "train":
            mask = (rng.random(A.shape) >= self.p) / (1.0 - self.p)
        else:
            mask = np.ones(A.shape)
        return A * mask, {"mask": mask}

    @staticmethod
    def backward(dout, cache):
        return np.asarray(dout, dtype=np.float64) * cache["mask"]


def dropout_forward(A, p, rng, mode="train"):
    return Dropout(p).forward(A, rng, mode)


def dropout_backward(dout, cache):
    return Dropout.backward(dout, cache)
