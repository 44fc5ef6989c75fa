"""Numerical gradients, an R user's way: a function applied over the indices, like sapply(seq_along(x), ...)."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    """Central-difference gradient of f at x (any shape); x's shape. The caller's x is not modified."""
    x0 = np.array(x, dtype=float)

    def partial(i):
        up, down = x0.copy(), x0.copy()
        up.flat[i] += h
        down.flat[i] -= h
        return (f(up) - f(down)) / (2 * h)

    return np.array([partial(i) for i in range(x0.size)], dtype=float).reshape(x0.shape)


def numerical_gradients(f, params, h=1e-5):
    """numerical_gradient of f: dict -> float with respect to every tensor of params; returns a dict."""

    def along(name):
        return lambda t: f({**params, name: t})

    return {name: numerical_gradient(along(name), params[name], h) for name in params}


def relative_error(a, b, floor=1e-8):
    """||a - b|| / max(||a|| + ||b||, floor), Euclidean norms over all entries."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    norm = lambda v: np.sqrt(np.sum(v * v))
    return float(norm(a - b) / max(norm(a) + norm(b), floor))


def gradient_check(f, params, grads, h=1e-5):
    """{name: relative_error(grads[name], numerical gradient)} for every tensor."""
    num = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], num[name]) for name in params}
