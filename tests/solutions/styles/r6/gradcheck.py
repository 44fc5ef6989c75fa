"""A correct solution of exercises/gradcheck.py, style r6: np.nditer over a private copy, math.fsum norms."""
import math

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    point = np.array(x, dtype=np.float64, copy=True)
    grad = np.zeros_like(point)
    it = np.nditer(point, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        keep = point[i]
        point[i] = keep + h
        up = f(point)
        point[i] = keep - h
        down = f(point)
        point[i] = keep
        grad[i] = (up - down) / (2.0 * h)
    return grad


def numerical_gradients(f, params, h=1e-5):
    grads = {}
    for name in params:
        def along(value, name=name):
            return f({**params, name: value})
        grads[name] = numerical_gradient(along, params[name], h)
    return grads


def _norm(a):
    return math.sqrt(math.fsum(float(v) * float(v) for v in np.asarray(a, dtype=np.float64).ravel()))


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    return _norm(a - b) / max(_norm(a) + _norm(b), floor)


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
