"""gradcheck through a flat view of one private copy, probed by a generator of difference quotients."""

from functools import partial

import numpy as np


def _quotients(f, point, h):
    """Yields the central difference along each flat coordinate of `point` (a private copy)."""
    flat = point.reshape(-1)  # a view: writing flat[i] moves point itself
    for i in range(flat.size):
        centre = flat[i]
        flat[i] = centre + h
        up = f(point)
        flat[i] = centre - h
        down = f(point)
        flat[i] = centre
        yield (up - down) / (2 * h)


def numerical_gradient(f, x, h=1e-5):
    point = np.array(x, dtype=float, order="C")
    return np.fromiter(_quotients(f, point, h), dtype=float, count=point.size).reshape(point.shape)


def _with(f, params, name, value):
    return f({**params, name: value})


def numerical_gradients(f, params, h=1e-5):
    return {name: numerical_gradient(partial(_with, f, params, name), params[name], h) for name in params}


def relative_error(a, b, floor=1e-8):
    diff = np.ravel(np.subtract(a, b, dtype=float))
    norm = lambda v: float(np.sqrt(np.dot(v, v)))
    return norm(diff) / max(norm(np.ravel(np.asarray(a, dtype=float))) + norm(np.ravel(np.asarray(b, dtype=float))), floor)


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
