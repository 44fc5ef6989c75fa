"""Correct solution, style r5: one working copy, each coordinate restored from its saved value; norms through math.fsum."""

import math

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    work = np.array(x, dtype=np.float64, order="C")
    grad = np.empty_like(work)
    flat, gflat = work.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        saved = flat[i]
        flat[i] = saved + h
        up = f(work.copy())
        flat[i] = saved - h
        down = f(work.copy())
        flat[i] = saved
        gflat[i] = (up - down) / (2.0 * h)
    return grad


def numerical_gradients(f, params, h=1e-5):
    return {k: numerical_gradient(lambda v, k=k: f({**params, k: v}), params[k], h) for k in params}


def _norm(v):
    return math.sqrt(math.fsum(float(t) * float(t) for t in np.ravel(v)))


def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return _norm(a - b) / max(_norm(a) + _norm(b), floor)


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {k: relative_error(grads[k], numeric[k]) for k in params}
