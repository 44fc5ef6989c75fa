"""Gradient checking with flat views and np.ndindex, one perturbed copy reused."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    base = np.array(x, dtype=np.float64)          # a copy: the caller's x is never touched
    grad = np.zeros_like(base)
    for idx in np.ndindex(base.shape):
        keep = base[idx]
        base[idx] = keep + h
        up = f(base)
        base[idx] = keep - h
        down = f(base)
        base[idx] = keep
        grad[idx] = (up - down) / (2.0 * h)
    return grad


def numerical_gradients(f, params, h=1e-5):
    out = {}
    for name in params:
        def f_of_one(t, name=name):
            return f({**params, name: t})
        out[name] = numerical_gradient(f_of_one, params[name], h)
    return out


def relative_error(a, b, floor=1e-8):
    a = np.asarray(a, dtype=np.float64).ravel()
    b = np.asarray(b, dtype=np.float64).ravel()
    num = np.sqrt(np.dot(a - b, a - b))
    den = max(np.sqrt(np.dot(a, a)) + np.sqrt(np.dot(b, b)), floor)
    return float(num / den)


def gradient_check(f, params, grads, h=1e-5):
    numeric = numerical_gradients(f, params, h)
    return {name: relative_error(grads[name], numeric[name]) for name in params}
