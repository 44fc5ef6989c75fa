"""Gradient checking with an explicit nditer loop over a float copy; norms summed
with math.fsum (exact accumulation, another order than numpy's pairwise sum)."""

import math

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    xp = np.array(x, dtype=np.float64, copy=True)
    grad = np.zeros_like(xp)
    it = np.nditer(xp, flags=["multi_index", "zerosize_ok"], op_flags=[["readonly"]])
    for cell in it:
        i = it.multi_index
        old = float(cell)
        xp[i] = old + h
        f_plus = f(xp)
        xp[i] = old - h
        f_minus = f(xp)
        xp[i] = old
        grad[i] = (f_plus - f_minus) / (2.0 * h)
    return grad


def numerical_gradients(f, params, h=1e-5):
    def partial(name):
        return lambda value: f({**params, name: value})

    return {name: numerical_gradient(partial(name), params[name], h) for name in params}


def _norm(v):
    v = np.asarray(v, dtype=np.float64).ravel()
    return math.sqrt(math.fsum(v * v))


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return _norm(a - b) / max(_norm(a) + _norm(b), floor)


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
