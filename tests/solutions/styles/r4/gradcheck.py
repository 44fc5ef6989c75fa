"""Correct solution of exercises/gradcheck.py, r4 style: a generator of central differences over np.ndindex, each f-call on its own copy."""

import math

import numpy as np


def _central_differences(f, x, h):
    for idx in np.ndindex(x.shape):
        up, down = x.copy(), x.copy()
        up[idx] += h
        down[idx] -= h
        yield idx, (f(up) - f(down)) / (2 * h)


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    grad = np.zeros(x.shape)
    for idx, slope in _central_differences(f, x, h):
        grad[idx] = slope
    return grad


def numerical_gradients(f, params, h=1e-5):
    def along(name):
        return lambda value: f({**params, name: value})

    return {name: numerical_gradient(along(name), value, h) for name, value in params.items()}


def _norm(a):
    return math.sqrt(float(np.sum(np.square(np.asarray(a, dtype=np.float64)))))


def relative_error(a, b, floor=1e-8):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return _norm(a - b) / max(_norm(a) + _norm(b), floor)


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
