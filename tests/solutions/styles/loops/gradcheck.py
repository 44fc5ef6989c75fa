"""Central differences over np.ndindex, one coordinate per loop turn (loops style)."""

import math

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + h
        f_plus = f(x.copy())
        x[idx] = old - h
        f_minus = f(x.copy())
        x[idx] = old
        grad[idx] = (f_plus - f_minus) / (2 * h)
    return grad


def numerical_gradients(f, params, h=1e-5):
    grads = {}
    for name in params:
        def f_of(t, name=name):
            point = {}
            for key in params:
                point[key] = t if key == name else np.array(params[key], dtype=np.float64)
            return f(point)
        grads[name] = numerical_gradient(f_of, params[name], h)
    return grads


def _norm(a):
    total = 0.0
    for v in np.asarray(a, dtype=np.float64).ravel():
        total += float(v) * float(v)
    return math.sqrt(total)


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64).ravel()
    b = np.asarray(b, dtype=np.float64).ravel()
    diff = [x - y for x, y in zip(a, b)]
    return _norm(diff) / max(_norm(a) + _norm(b), floor)


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    errors = {}
    for name in params:
        errors[name] = relative_error(grads[name], numeric[name])
    return errors
