"""r11 style: regularization with math.fsum and a mask drawn as u < 1 - p."""

import math

import numpy as np


def _is_weight(key):
    return str(key).startswith("W")


def l2_penalty(params, lam):
    squares = [math.fsum(np.square(np.asarray(v, dtype=float)).ravel())
               for k, v in params.items() if _is_weight(k)]
    return float(lam) / 2.0 * math.fsum(squares)


def l2_gradient(params, lam):
    out = {}
    for k, v in params.items():
        v = np.asarray(v, dtype=float)
        out[k] = v * lam if _is_weight(k) else np.zeros_like(v)
    return out


def weight_decay_step(params, grads, eta, lam):
    new = {}
    for k in params:
        shrink = 1.0 - eta * lam if _is_weight(k) else 1.0
        new[k] = np.asarray(params[k], dtype=float) * shrink - eta * np.asarray(grads[k], dtype=float)
    return new


def dropout_forward(A, p, rng, mode="train"):
    A = np.asarray(A, dtype=float)
    if mode == "train":
        keep = rng.random(A.shape) < 1.0 - p
        mask = np.where(keep, 1.0 / (1.0 - p), 0.0)
    else:
        mask = np.ones(A.shape)
    return A * mask, {"mask": mask}


def dropout_backward(dout, cache):
    return np.multiply(dout, cache["mask"])
