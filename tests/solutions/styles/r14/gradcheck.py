"""gradcheck in an index-tuple style: np.ndindex over a fresh float64 copy, math for the scalar norms."""

import math

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    point = np.array(x, dtype=np.float64)  # a fresh, writable, float64 copy (ints and float32 promoted)
    grad = np.empty(point.shape)
    for idx in np.ndindex(*point.shape):
        saved = point[idx]
        point[idx] = saved + h
        up = f(point)
        point[idx] = saved - h
        down = f(point)
        point[idx] = saved  # exact restore, no drift from += / -=
        grad[idx] = (up - down) / (h + h)
    return grad


def numerical_gradients(f, params, h=1e-5):
    def partial(name):
        return lambda value: f({**params, name: value})
    return {name: numerical_gradient(partial(name), params[name], h) for name in params}


def _euclid(v):
    flat = np.asarray(v, dtype=np.float64).ravel()
    return math.sqrt(float(np.dot(flat, flat)))


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return _euclid(a - b) / max(_euclid(a) + _euclid(b), floor)


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(numeric[name], grads[name]) for name in grads}
