"""Style r11: gradcheck over a flat writable copy, norms with vdot and math.sqrt."""

import math

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    shape = np.shape(x)
    work = np.array(x, dtype=np.float64, order="C")  # a fresh float copy; the caller's x stays untouched
    flat = work.reshape(-1)  # a view of the copy
    grad = np.empty(flat.size)
    for i in range(flat.size):
        keep = flat[i]
        flat[i] = keep + h
        up = f(work)
        flat[i] = keep - h
        down = f(work)
        flat[i] = keep
        grad[i] = (up - down) / (2.0 * h)
    return grad.reshape(shape)


def numerical_gradients(f, params, h=1e-5):
    def along(name):
        return lambda t: f({**params, name: t})

    return {name: numerical_gradient(along(name), value, h) for name, value in params.items()}


def _norm(v):
    v = np.asarray(v, dtype=np.float64).ravel()
    return math.sqrt(float(np.vdot(v, v)))


def relative_error(a, b, floor=1e-8):
    diff = np.asarray(a, dtype=np.float64) - np.asarray(b, dtype=np.float64)
    return _norm(diff) / max(_norm(a) + _norm(b), floor)


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
